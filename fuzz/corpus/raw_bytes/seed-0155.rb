begin; ($stash ||= []).concat(Array.new(6) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Struct.new(:f0); rescue Exception; end
begin; v1 = v0.instance_variable_get(:@i3); rescue Exception; end
begin; Object.instance_variable_set(:@k1, self); rescue Exception; end
begin
  v2 = ->(a0, &blk) do
    GC.start
    a0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :puts); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; v3 = v0.new(); rescue Exception; end
begin
  class Exception
    begin; alias_method :m1, :message; rescue Exception; end
    begin; alias_method :m0, :puts; rescue Exception; end
  end
rescue Exception
end
begin
  v4 = lambda do |a0, &blk|
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      v6 = v3.method(:m2).call() do |k0: 1, **kws|
        begin
          r1 = 0
          begin
            begin; Array.send(:alias_method, :m2, :m2); rescue Exception; end
          rescue => e
            begin; v5 = [10, 20, 30, 40][:y0]; rescue Exception; end
            begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        kws
      end
    rescue Exception
    end
    86
  end
rescue Exception
end
begin; v7 = [10, 20, 30, 40][v2]; rescue Exception; end
begin
  def v2.m3()
    begin
      v8 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    (1..3)
  end
rescue Exception
end
GC.start
