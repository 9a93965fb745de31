begin; ($stash ||= []).concat(Array.new(12) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  30.times do |i|
    begin; v1 = Object.new(i, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m0, :to_a); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m2, $stash.shift) }
rescue Exception
end
begin; v2 = v0.clone; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v3 = [v0, self]; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :"<="); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; K1 = 27; rescue Exception; end
begin; v4 = v0.respond_to?(:m1); rescue Exception; end
begin
  GC.start
  def hold2
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h2 = hold2
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v5 = [(2..6), v0].sort; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
GC.start
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v6 = [v2]; rescue Exception; end
GC.start
