begin; ($stash ||= []).concat(Array.new(12) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; v0 = {:k0 => 19}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :succ); rescue Exception; end
begin; K0 = self; rescue Exception; end
begin
  v1 = ->() do
    begin
      def v0.m0(a0)
        begin; v2 = Array((2..2)); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      v6 = Fiber.new do |x|
        begin
          v3 = proc do
            begin; v4 = v0.method(:succ); rescue Exception; end
            begin; v5 = {}; rescue Exception; end
            v0
          end
        rescue Exception
        end
        begin; 100.times { |i| [i, i] }; rescue Exception; end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v7 = nil; rescue Exception; end
begin; v8 = 76.respond_to?(:m1); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :last); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
GC.start
