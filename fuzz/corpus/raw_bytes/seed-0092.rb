begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin; v0 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; v1 = []; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = v2.dup; rescue Exception; end
begin
  v4 = lambda do |o0 = 0|
    o0
  end
rescue Exception
end
GC.start
