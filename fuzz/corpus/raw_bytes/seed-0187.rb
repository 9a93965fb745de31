GC.start
begin; v0 = "s16".select(12); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v1 = [[v0], [80]].flatten; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
GC.start
begin; Object.instance_variable_set(:@k0, true); rescue Exception; end
begin; v3 = Object.new(k0: self); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :flat_map); rescue Exception; end
begin; v4 = Integer(v0); rescue Exception; end
begin
  def v2.m2(a0, *rest, p0)
    p0
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m0, :select); rescue Exception; end
begin; Enumerable.send(:alias_method, :m3, :select); rescue Exception; end
begin; v5 = [v2].include?(v2); rescue Exception; end
begin; v2.instance_eval("begin\n  v6 = proc do |a0, a1|\n    a1\n  end\nrescue Exception\nend"); rescue Exception; end
begin; Enumerable.send(:alias_method, :m0, :select); rescue Exception; end
begin
  class C0 < StandardError
    begin; C0.send(:alias_method, :m1, :flat_map); rescue Exception; end
    begin; Integer.send(:alias_method, :m4, :select); rescue Exception; end
    begin; v7 = C0.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; 10.times { |i| [i, i] }; rescue Exception; end
    begin; alias m2 m5; rescue Exception; end
    begin; p "s14"; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  v8 = proc do
    begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    v2
  end
rescue Exception
end
begin; self.public_send(:m5, v4); rescue Exception; end
