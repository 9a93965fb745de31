begin; ($stash ||= []).concat(Array.new(5) { |j| proc { j } }); rescue Exception; end
GC.start
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  v0 = proc do
    begin; v1 = Object.new(30, 55); rescue Exception; end
    :y1
  end
rescue Exception
end
begin; v2 = self.method(:m0); rescue Exception; end
begin; v3 = {:k0 => v0, :k1 => v2}; rescue Exception; end
begin
  class << v2
    GC.start
    begin; (2..6).end(-1); rescue Exception; end
    begin; alias_method :m1, :bsearch_index; rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.class_variable_set(:@@m0, $stash.shift) }
rescue Exception
end
begin; v4 = v2.respond_to?(:m0); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; self.m2(true, k0: 3); rescue Exception; end
begin
  GC.start
  h2 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.replace([$stash.shift]) }
rescue Exception
end
begin
  v5 = ->() do
    GC.start
    48
  end
rescue Exception
end
GC.start
