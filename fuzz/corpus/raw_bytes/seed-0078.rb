begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; K0 = :y1; rescue Exception; end
begin; v0 = "s19".upto(:y1); rescue Exception; end
begin
  GC.start
  h1 = {}
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[:m0] = $stash.shift }
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  GC.start
  h2 = Object.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.instance_variable_set(:@m0, $stash.shift) }
rescue Exception
end
begin; Enumerable.send(:alias_method, :m0, :collect_concat); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
