begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  Hash.send(:define_method, :m0) do |a0, a1|
    begin; v0 = (4..8); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k1, 8); rescue Exception; end
begin; Object.class_variable_set(:@@k0, 3.5); rescue Exception; end
begin
  v1 = ->(a0, o0 = 0) do
    :y1
  end
rescue Exception
end
begin; K0 = 90; rescue Exception; end
begin; v2 = v1.respond_to?(:merge!); rescue Exception; end
begin; v2.m1("s9", "s1"); rescue Exception; end
begin
  v3 = ->() do
    GC.start
    v1
  end
rescue Exception
end
begin
  v4 = proc do
    v2
  end
rescue Exception
end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin; v5 = v4.to_proc; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
GC.start
