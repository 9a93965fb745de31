begin; ($stash ||= []).concat(Array.new(9) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin
  Range.send(:define_method, :m0) do
    begin; v0 = Object.new(); rescue Exception; end
    :y5
  end
rescue Exception
end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class C0 < String
    GC.start
    begin; v2 = Object.new(); rescue Exception; end
    begin
      begin
        begin; Enumerable.send(:alias_method, :m0, :none?); rescue Exception; end
        begin; v3 = C0.new(); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = C0.class_variable_get(:@@k2); rescue Exception; end
GC.start
begin; raise TypeError, "x"; rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4[:m0] = $stash.shift }; rescue Exception; end
begin; v5 = "s11"; rescue Exception; end
begin; K0 = :y0; rescue Exception; end
begin; v6 = [7.5, v1].sort; rescue Exception; end
begin
  v7 = proc do
    begin
      class C1 < C0
        begin; v8 = C1.new(); rescue Exception; end
        begin; Array.send(:alias_method, :m1, :m2); rescue Exception; end
        begin; v9 = Float(v8); rescue Exception; end
        begin; v10 = nil.method(:to_proc); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v11 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin; v1.send(:prepend, Enumerable); rescue Exception; end
GC.start
