GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.send(:m0, 1); rescue Exception; end
begin; v2 = Struct.new(:f0); rescue Exception; end
begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  begin
    begin
      5.times do |i|
        begin
          v4 = Class.new(Exception) do
            begin; v5 = "s1".respond_to?(:succ); rescue Exception; end
            begin; v6 = v5.respond_to?(:m0, true); rescue Exception; end
            GC.start
            begin
              def m1()
                9.5
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      Object.send(:define_method, :m2) do |a0|
        begin; v0.instance_variable_set(:@i2, v3); rescue Exception; end
        (1..3)
      end
    rescue Exception
    end
  rescue => e
    begin; v7 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = :y4; rescue Exception; end
begin; C0.class_eval("begin\n  def v3.m1(a0, a1)\n    begin; Object.const_set(:K0, (1..6)); rescue Exception; end\n    \"s17\"\n  end\nrescue Exception\nend\nbegin; v9 = {}; rescue Exception; end"); rescue Exception; end
begin
  v10 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin
  v11 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; K1 = v3; rescue Exception; end
    begin; K2 = K1; rescue Exception; end
    o0
  end
rescue Exception
end
