GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = Integer(:y5); rescue Exception; end
begin; v1 = Array(v0); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2[:m0] = $stash.shift }; rescue Exception; end
begin; 100.times { |i| v2[i] = [i] }; rescue Exception; end
GC.start
