GC.start
begin; v0 = "s17".method(:m0); rescue Exception; end
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin; v2 = v1.m1(); rescue Exception; end
begin; v3 = Struct.new(:f0); rescue Exception; end
begin; v4 = v3.respond_to?(:m1); rescue Exception; end
begin
  class << v0
    begin; v5 = [:y3]; rescue Exception; end
    begin
      v5.instance_eval do
        begin; v6 = :y4.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5.singleton_class.send(:undef_method, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v3.instance_eval("begin; p v0; rescue Exception; end"); rescue Exception; end
begin; v7 = v1.send(:abs, 1); rescue Exception; end
begin; v8 = v7.select(v0, v1); rescue Exception; end
GC.start
GC.start
begin
  def m5(a0, &blk)
    begin; v9 = Object.new(); rescue Exception; end
    blk
  end
rescue Exception
end
begin; Integer.class_eval("GC.start"); rescue Exception; end
begin; v10 = v3.respond_to?(:m4); rescue Exception; end
begin; v3.extend(Comparable); rescue Exception; end
begin; v11 = {:k0 => v10, :k1 => v7}; rescue Exception; end
begin; v11[34] = v7; rescue Exception; end
begin
  v12 = v2.send(:"+") do |a0, a1|
    begin; raise RuntimeError, "x"; rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v13 = Fiber.new do |x|
    Fiber.yield(x)
    v12
  end
rescue Exception
end
begin; v14 = [v3, true]; rescue Exception; end
begin; v15 = v3.new(); rescue Exception; end
begin; p true; rescue Exception; end
begin; v14 << v4; rescue Exception; end
begin; v1.instance_variable_set(:@i1, v4); rescue Exception; end
begin
  class << v4
    begin; v16 = :y0.method(:entries); rescue Exception; end
    begin; v17 = 4.5; rescue Exception; end
    begin
      class << v16
        begin; v18 = Struct.new(:f0, :f1); rescue Exception; end
        begin; K0 = v18; rescue Exception; end
        begin; v19 = v18.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
