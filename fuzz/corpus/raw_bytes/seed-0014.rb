begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = nil.respond_to?(:m0, true); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  Object.send(:define_method, :m0) do
    v0
  end
rescue Exception
end
begin; v0.m0(); rescue Exception; end
begin
  v1 = proc do
    begin; v2 = (4..7); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v3 = proc do
    begin; v4 = 56.m1(k0: 2); rescue Exception; end
    true
  end
rescue Exception
end
begin; v5 = v1.public_send(:eql?, 1); rescue Exception; end
begin
  def m2(a0, &blk)
    begin; Range.send(:alias_method, :m2, :transform_values!); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C0.send(:remove_method, :transform_values!); rescue Exception; end
begin; v6 = Object.new(k0: 2); rescue Exception; end
begin; v7 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v3); rescue Exception; end
begin; v8 = (4..8); rescue Exception; end
begin
  v9 = Class.new(Hash) do
    begin; v10 = "abc" + nil; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; K0 = v8; rescue Exception; end
begin
  def v1.m3(a0, *rest, p0)
    begin; 50.times { |i| Object.new }; rescue Exception; end
    12.5
  end
rescue Exception
end
begin; v11 = self.lstrip(&v3); rescue Exception; end
begin; v12 = true; rescue Exception; end
begin; p v6; rescue Exception; end
begin; v13 = (2..5).method(:lstrip); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v12.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m2, :m4); rescue Exception; end
begin; v14 = Array.instance_method(:drop); rescue Exception; end
GC.start
