begin; ($stash ||= []).concat(Array.new(6) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  v0 = 0.5.public_send(:"|", true) do |k0: 1|
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v1 = :y4; rescue Exception; end
begin; v2 = Object.new(k0: 2); rescue Exception; end
begin; v3 = v2.respond_to?(:m0); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; Object.class_variable_set(:@@k0, v2); rescue Exception; end
begin; v4 = nil; rescue Exception; end
begin
  def m1(a0, a1)
    begin; Hash.send(:alias_method, :m1, :to_a); rescue Exception; end
    begin; v5 = "abc" + 64; rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
