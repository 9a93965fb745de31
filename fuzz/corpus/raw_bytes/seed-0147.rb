begin; ($stash ||= []).concat(Array.new(9) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  String.send(:define_method, :m0) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :select); rescue Exception; end
begin; v0.instance_variable_set(:@i3, 7.5); rescue Exception; end
begin; v1 = [74, v0, self]; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[2] = $stash.shift }; rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin; v3 = v2.respond_to?(:m2); rescue Exception; end
begin; v4 = Float(v3); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  class C0 < Exception
    begin
      v5 = Fiber.new do |x|
        Fiber.yield(x)
        (4..4)
      end
    rescue Exception
    end
    begin; v5.m3(v5, v5); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = v3.m4(v0, 18.5) do
    :y5
  end
rescue Exception
end
begin
  class << v4
    begin; v7 = 71; rescue Exception; end
    begin; v8 = {:k0 => v7}; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin; C0.send(:undef_method, :zip); rescue Exception; end
begin; v9 = v6.send(:m5, *v1); rescue Exception; end
begin; K1 = v0; rescue Exception; end
begin
  v10 = Class.new(C0) do
    begin; v11 = [73, self, self]; rescue Exception; end
    begin
      v12 = proc do |a0, o0 = 0|
        v11
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = v1.respond_to?(:m6); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin
  v14 = proc do
    v9
  end
rescue Exception
end
begin; v15 = {:k0 => true, :k1 => v6}; rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
GC.start
begin; p 14.5; rescue Exception; end
GC.start
