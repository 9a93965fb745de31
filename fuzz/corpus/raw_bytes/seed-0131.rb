begin; v0 = true; rescue Exception; end
begin
  v1 = lambda do |a0|
    4.5
  end
rescue Exception
end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  v2 = proc do |a0, o0 = 0|
    begin; v3 = [v0]; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v4 = Hash.instance_method(:m0); rescue Exception; end
begin
  v5 = lambda do
    "s8"
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v2.instance_variable_set(:@i3, v2); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
GC.start
begin; v6 = v1.respond_to?(:m3, true); rescue Exception; end
begin
  class C0 < Array
    begin; v7 = C0.new(k0: "s2"); rescue Exception; end
    begin; v8 = C0.new(v7); rescue Exception; end
    begin; Integer.send(:alias_method, :m4, :m5); rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; v2.singleton_class.send(:alias_method, :m2, :each_with_object); rescue Exception; end"); rescue Exception; end
begin; v2.singleton_class.send(:define_method, :m6, v5); rescue Exception; end
begin; v9 = [v0, v5].max; rescue Exception; end
begin
  class << v1
    begin; C0.class_eval("begin; C0.send(:include, Comparable); rescue Exception; end"); rescue Exception; end
    begin; C0.send(:alias_method, :m5, :each_with_object); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; v10 = Float(v0); rescue Exception; end
