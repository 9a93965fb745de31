begin; ($stash ||= []).concat(Array.new(12) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; v0 = {:k0 => 19}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :succ); rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
GC.start
begin
  def v0.m0(a0)
    begin; v1 = Array((2..2)); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v4 = Fiber.new do |x|
    begin
      v2 = proc do
        begin
          v0.singleton_class.send(:define_method, :m1) do |a0, *rest|
            begin; Numeric.send(:alias_method, :m2, :succ); rescue Exception; end
            v0
          end
        rescue Exception
        end
        begin
          v3 = lambda do |k0: 1, **kws|
            begin
              Hash.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
                k0
              end
            rescue Exception
            end
            k0
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
GC.start
begin; v5 = "s18"; rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    begin
      def v5.m3(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v7 = Object.new(); rescue Exception; end
        16
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
