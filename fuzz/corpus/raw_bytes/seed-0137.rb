GC.start
begin; eval("begin\n  v2 = Fiber.new do |x|\n    begin\n      v1 = Fiber.new do |x|\n        begin; v0 = Object.instance_variable_get(:@k1); rescue Exception; end\n        begin; (0..2).to_a(); rescue Exception; end\n        Fiber.yield(x)\n        :y3\n      end\n    rescue Exception\n    end\n    Fiber.yield(x)\n    true\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = 72; rescue Exception; end
begin; v5 = "abc" + v3; rescue Exception; end
begin; v6 = v3.clone; rescue Exception; end
begin
  class Numeric
    begin; alias m0 nonzero?; rescue Exception; end
  end
rescue Exception
end
begin; v7 = Array.instance_method(:m1); rescue Exception; end
begin; v8 = v7.bind(v3); rescue Exception; end
begin
  def m2(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; Object.instance_variable_set(:@k2, (4..5)); rescue Exception; end
    begin; Object.send(:include, Comparable); rescue Exception; end
    rest
  end
rescue Exception
end
begin
  v9 = proc do
    begin
      v10 = Class.new(Object) do
        begin; v11 = [10, 20, 30, 40][true]; rescue Exception; end
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m3, :puts); rescue Exception; end
        begin; C0.send(:alias_method, :m4, :message); rescue Exception; end
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; C0.send(:alias_method, :m5, :message); rescue Exception; end
begin; v12 = [:y1, v9].uniq.size; rescue Exception; end
