GC.start
begin
  class C0
    begin; v0 = nil.method(:m0).call("s14"); rescue Exception; end
    begin; v1 = true; rescue Exception; end
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
GC.start
GC.start
begin; v3 = [v2, 44]; rescue Exception; end
begin; C0.send(:alias_method, :m1, :rjust); rescue Exception; end
begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v5 = v4.instance_variable_get(:@i0); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v6 = self.method(:m2); rescue Exception; end
begin; v7 = v2.clone; rescue Exception; end
GC.start
begin; v8 = v7.singleton_class; rescue Exception; end
begin; self.public_send(:rjust, v4, v4); rescue Exception; end
begin; 100.times { |i| v3 << i.to_s }; rescue Exception; end
begin; v9 = v8.instance_variable_get(:@i2); rescue Exception; end
begin; v10 = v8.new(k0: v4); rescue Exception; end
