begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    76
  end
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m2] = $stash.shift }; rescue Exception; end
begin; v1 = "s4".method(:minmax_by); rescue Exception; end
begin
  def m0()
    begin; Object.send(:include, Comparable); rescue Exception; end
    begin; 19.5.method(:"**").call(); rescue Exception; end
    (4..4)
  end
rescue Exception
end
begin; v2 = [v1, v0]; rescue Exception; end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin; v3 = v0.send(:m1, k0: 2); rescue Exception; end
begin; v4 = nil; rescue Exception; end
begin
  v0.m2() do |k0: 1|
    begin; v5 = v4.respond_to?(:m3, true); rescue Exception; end
    GC.start
    k0
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; 30.times { |i| v2 << i.to_s }; rescue Exception; end
begin; Object.class_variable_set(:@@k0, v4); rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :minmax_by); rescue Exception; end
begin
  module M0
    begin; v6 = Object.new(); rescue Exception; end
    begin; Hash.send(:alias_method, :m4, :m5); rescue Exception; end
  end
rescue Exception
end
GC.start
