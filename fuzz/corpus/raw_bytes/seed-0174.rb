GC.start
begin; v0 = Object.new(k0: 2); rescue Exception; end
begin; v1 = {}; rescue Exception; end
begin; p true; rescue Exception; end
begin
  begin
    begin; v2 = Object.new(1); rescue Exception; end
    begin; v3 = Object.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; self.send(:m0, **v1); rescue Exception; end
GC.start
GC.start
begin; v4 = [v0]; rescue Exception; end
begin
  class C0 < Array
    begin
      C0.send(:define_method, :m0) do
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  def m0(a0, a1)
    (0..2)
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v4 << v1; rescue Exception; end
begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v4 << v1; rescue Exception; end
begin
  def v1.m1(o0 = 0)
    o0
  end
rescue Exception
end
begin
  v4.singleton_class.send(:define_method, :m1) do |a0, &blk|
    nil
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m2) do
    begin
      class << v1
        begin; v5 = ["s19", 76]; rescue Exception; end
        begin; v6 = C0.new(v5, v5); rescue Exception; end
      end
    rescue Exception
    end
    "s5"
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  class << v1
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [-1, true]; rescue Exception; end
GC.start
begin
  module M1
    begin
      Hash.send(:define_method, :m3) do |a0, *rest, p0|
        (4..5)
      end
    rescue Exception
    end
    begin; :y2.send(:m4); rescue Exception; end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
