begin; v0 = Object.new(); rescue Exception; end
begin
  def m0(a0, *rest, p0)
    begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
    true
  end
rescue Exception
end
begin
  5.times do |i|
    begin; Numeric.send(:alias_method, :m1, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  v1 = ->(a0, o0 = 0) do
    begin; v2 = v0.method(:open); rescue Exception; end
    begin; Array.send(:alias_method, :m0, :open); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; Object.send(:alias_method, :m0, :m2); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :lstrip); rescue Exception; end
begin; v3 = self.m0(k0: v0); rescue Exception; end
begin
  class << v0
    begin; Range.class_eval("begin\n  Array.class_eval do\n    begin; C0.send(:remove_method, :lstrip); rescue Exception; end\n  end\nrescue Exception\nend\nbegin; v4 = {}; rescue Exception; end"); rescue Exception; end
    begin; v5 = {:k0 => self, :k1 => nil}; rescue Exception; end
    begin
      class C0 < StandardError
        begin; v6 = nil.method(:m3); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin; v8 = C0.instance_method(:m2); rescue Exception; end
begin
  v7.instance_eval do
    begin
      v9 = proc do
        v7
      end
    rescue Exception
    end
    begin
      class << v9
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        begin; v10 = {}; rescue Exception; end
        begin; v11 = 49.m4(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = C0.new(1); rescue Exception; end
begin; Numeric.send(:define_method, :m0, v1); rescue Exception; end
GC.start
GC.start
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  class << v7
    begin
      v13 = self.m4() do |a0, *rest|
        true
      end
    rescue Exception
    end
    begin
      v14 = proc do |a0|
        v13
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v12
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin
      v15 = Proc.new do
        "s18"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v16 = Struct.new(:f0); rescue Exception; end
begin
  begin
    begin; v17 = v16.new(); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
GC.start
begin; v16.send(:undef_method, :open); rescue Exception; end
begin; 100.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
GC.start
begin; v16.send(:alias_method, :m3, :lstrip); rescue Exception; end
