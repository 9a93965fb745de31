begin; v0 = Object.new(); rescue Exception; end
begin
  class C0
    begin; v1 = C0.new(); rescue Exception; end
    begin; v2 = v1.singleton_class; rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      def m0(a0, a1)
        begin; C0.send(:alias_method, :m1, :each); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = v0.m0((0..5)) do
    begin
      class Struct
        begin; alias m0 each; rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v4 = 14.5; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v3; rescue Exception; end
begin
  v5 = Class.new(C0) do
    begin; v6 = K0.method(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.dup; rescue Exception; end
begin; v8 = v5.singleton_class; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v9 = lambda do |a0, *rest, p0|
    begin; Integer.send(:alias_method, :m3, :each); rescue Exception; end
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    p0
  end
rescue Exception
end
begin; v10 = {}; rescue Exception; end
begin
  v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v12 = K0.method(:message); rescue Exception; end
    self
  end
rescue Exception
end
begin; v13 = self.m4(v10, v5); rescue Exception; end
begin; v14 = C0.new(**v10); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v10.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; v15 = v3.m5(1); rescue Exception; end
begin
  v11.singleton_class.send(:define_method, :m6) do |a0, o0 = 0|
    begin; Range.send(:define_method, :m7, v11); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v16 = v9.clone; rescue Exception; end
begin; v5.send(:prepend, Comparable); rescue Exception; end
begin; v5.send(:define_method, :m8, v9); rescue Exception; end
begin; v17 = []; rescue Exception; end
begin; v18 = []; rescue Exception; end
begin; self.m5(v15, true); rescue Exception; end
begin; C2.send(:alias_method, :m9, :each); rescue Exception; end
begin
  v20 = Fiber.new do |x|
    begin; v19 = {:k0 => v11, :k1 => "s7"}; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m10, :message; rescue Exception; end
  end
rescue Exception
end
begin; v21 = v5.method(:m7); rescue Exception; end
