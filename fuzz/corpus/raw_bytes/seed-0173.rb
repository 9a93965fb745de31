begin; v0 = Struct.new(:f0); rescue Exception; end
begin
  Hash.send(:define_method, :m0) do |a0, a1|
    begin; v1 = true.m0(v0, v0); rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
begin; v2 = v0.respond_to?(:m0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin; v4 = self.public_send(:m1); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; Hash.send(:alias_method, :m3, :each_pair); rescue Exception; end
begin; eval(""); rescue Exception; end
GC.start
begin; v5 = [v4, v0].sort; rescue Exception; end
begin; v6 = v0.new(); rescue Exception; end
begin; eval("begin\n  class << v4\n    begin; v7 = [10, 20, 30, 40][nil]; rescue Exception; end\n    begin; alias m4 m5; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v8 = v0.new(1); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m4, :loop); rescue Exception; end
begin; 8.times { |i| v3[i] = [i] }; rescue Exception; end
begin; 8.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; C0.send(:remove_method, :message); rescue Exception; end
begin
  class Exception
    begin; alias_method :m0, :message; rescue Exception; end
  end
rescue Exception
end
