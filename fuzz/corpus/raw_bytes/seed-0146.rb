GC.start
begin
  Object.send(:define_method, :m0) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
GC.start
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => :y5}; rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  def v0.m0()
    begin; Object.const_set(:K0, K0); rescue Exception; end
    49
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  class << v0
    begin; v2 = [11.5, (1..5), (3..7)]; rescue Exception; end
    begin; 8.times { |i| v2 << i.to_s }; rescue Exception; end
    begin; v3 = [v2]; rescue Exception; end
  end
rescue Exception
end
begin
  v4 = proc do
    begin; v5 = v1.singleton_class; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  self.m1(v1, k0: 3) do |a0|
    GC.start
    begin; v6 = Object.new(a0, k0: 3); rescue Exception; end
    63
  end
rescue Exception
end
begin
  class C0 < String
    begin; Object.send(:alias_method, :m2, :ceildiv); rescue Exception; end
    begin; p 24; rescue Exception; end
  end
rescue Exception
end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  def m3(a0, a1)
    a1
  end
rescue Exception
end
begin; v8 = Struct.new(:f0); rescue Exception; end
begin; C0.send(:define_method, :m3, v4); rescue Exception; end
begin; v9 = v0.clone; rescue Exception; end
begin; v10 = v8.initialize(K0, true); rescue Exception; end
begin; v11 = v9.instance_variable_get(:@i1); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v1.instance_eval(""); rescue Exception; end
GC.start
begin; v12 = v4.instance_variable_get(:@i1); rescue Exception; end
begin
  class C1 < Array
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      v13 = lambda do |k0: 1|
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v7
    begin; alias m4 m3; rescue Exception; end
  end
rescue Exception
end
