begin; v0 = "s8"; rescue Exception; end
begin; v1 = Array.instance_method(:anybits?); rescue Exception; end
begin; v2 = "s4"; rescue Exception; end
begin
  v3 = ->() do
    begin
      v4 = Fiber.new do |x|
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    begin; v5 = v1.bind(v1); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :ceildiv); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v7 = Object.new(a0); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    v6
  end
rescue Exception
end
begin; Range.class_eval("begin\n  class C0 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; v9 = 6.5.quo(k0: 2); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v10 = C0.new(); rescue Exception; end
