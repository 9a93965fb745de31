begin; v0 = Object.new(k0: 2); rescue Exception; end
begin
  v1 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
GC.start
begin; v2 = Struct.new(:f0); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  def v0.m0(a0, *rest)
    a0
  end
rescue Exception
end
begin; v3 = Range.instance_method(:m1); rescue Exception; end
begin; C0.send(:remove_method, :"&"); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v4 = v0.method(:"&"); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :downto); rescue Exception; end
begin
  v5 = proc do |k0: 1, **kws|
    begin; v6 = v2.inherited(); rescue Exception; end
    v1
  end
rescue Exception
end
begin; v7 = v2.superclass(k0: 2); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin; v8 = {:k0 => v0, :k1 => v4}; rescue Exception; end
begin; v9 = v3.bind(v0); rescue Exception; end
begin
  class << v9
    begin; v10 = Object.new(); rescue Exception; end
    GC.start
    begin
      class << v10
        begin; v11 = 63; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Integer
    begin; alias m0 downto; rescue Exception; end
    begin; alias_method :m3, :m4; rescue Exception; end
  end
rescue Exception
end
begin
  class << v9
    begin; Numeric.send(:alias_method, :m5, :downto); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = ->(o0 = 0) do
    o0
  end
rescue Exception
end
begin
  class << v7
    begin; v13 = Object.new(68, "s9"); rescue Exception; end
  end
rescue Exception
end
begin; v14 = {:k0 => nil, :k1 => v2}; rescue Exception; end
begin
  2.times do |i|
    begin; K0 = i; rescue Exception; end
  end
rescue Exception
end
