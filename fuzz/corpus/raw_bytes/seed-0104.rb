begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :each); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m1, $stash.shift) }
rescue Exception
end
GC.start
begin
  Range.class_eval do
    begin; v0 = Object.new(nil, self); rescue Exception; end
    begin; v1 = v0.respond_to?(:m1, true); rescue Exception; end
  end
rescue Exception
end
begin; Hash.extend(Enumerable); rescue Exception; end
begin
  GC.start
  h2 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.concat([$stash.shift]) }
rescue Exception
end
begin
  begin
    begin; v2 = Object.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  class C0
    begin; String.send(:alias_method, :m1, :between?); rescue Exception; end
    begin; alias_method :m2, :m3; rescue Exception; end
    begin; v3 = {:k0 => 9, :k1 => 92}; rescue Exception; end
    begin; p 4.5; rescue Exception; end
  end
rescue Exception
end
begin; K0 = :y4; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  v5 = proc do |o0 = 0|
    64
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :each); rescue Exception; end
begin; v6 = v4.respond_to?(:m5); rescue Exception; end
GC.start
