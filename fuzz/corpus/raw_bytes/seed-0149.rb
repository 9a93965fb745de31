begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; Enumerable.send(:alias_method, :m0, :reduce); rescue Exception; end
begin; v0.extend(Comparable); rescue Exception; end
begin; v2 = { 2.5 => 1, v1 => 2 }[2.5]; rescue Exception; end
GC.start
begin; v3 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v5 = v1.public_send(:m1, 1) do
    begin; eval(""); rescue Exception; end
    begin; v4 = v1.singleton_class; rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class C0 < Hash
    begin; v6 = Array(self); rescue Exception; end
    begin; v7 = v6.respond_to?(:m1); rescue Exception; end
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = v1.respond_to?(:m2); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; p v0; rescue Exception; end
