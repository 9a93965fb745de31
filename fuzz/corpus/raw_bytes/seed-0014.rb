begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = nil.respond_to?(:m0, true); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v1 = [v0, v0].uniq.size; rescue Exception; end
begin
  v2 = proc do
    begin; Object.instance_variable_set(:@k0, v0); rescue Exception; end
    v1
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k2, self); rescue Exception; end
begin; v2.extend(Enumerable); rescue Exception; end
begin; v2.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  v3 = proc do
    begin; v4 = 56.m2(k0: 2); rescue Exception; end
    true
  end
rescue Exception
end
begin; v5 = v2.respond_to?(:m2); rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    begin; C0.send(:remove_method, :m0); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Range.extend(Enumerable); rescue Exception; end
begin
  class << v6
    begin; C0.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; self.send(:m3, &v2); rescue Exception; end
begin; v7 = [v2].include?(self); rescue Exception; end
begin
  v8 = Class.new(Object) do
    GC.start
    begin; 10.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v9 = 1 + v8; rescue Exception; end
begin
  begin
    begin; Enumerable.send(:alias_method, :m1, :drop); rescue Exception; end
  rescue => e
    begin; p "s10"; rescue Exception; end
  ensure
    begin; v10 = v2.clone; rescue Exception; end
    begin; v11 = true; rescue Exception; end
  end
rescue Exception
end
begin; v12 = v2.respond_to?(:m4); rescue Exception; end
begin
  def v6.m5()
    begin; v13 = ["s2", 54, :y1]; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v14 = lambda do
    30
  end
rescue Exception
end
begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
begin; p self; rescue Exception; end
GC.start
