GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  class C0 < String
    begin
      v0 = proc do |a0|
        begin; Integer.send(:alias_method, :m0, :min); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin; v1 = C0.new(); rescue Exception; end
begin; v2 = v1.clone; rescue Exception; end
begin; v3 = [v1]; rescue Exception; end
begin
  v4 = v1.send(:m2, v2, nil) do |k0: 1|
    begin; C0.send(:prepend, Enumerable); rescue Exception; end
    begin; eval("begin; v3.freeze; rescue Exception; end"); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v5 = C0.new(k0: 2); rescue Exception; end
begin
  C0.send(:define_method, :m1) do |o0 = 0|
    v2
  end
rescue Exception
end
begin; v6 = v5.yield_self(k0: 2); rescue Exception; end
GC.start
begin; C0.send(:alias_method, :m3, :min); rescue Exception; end
begin; Kernel.send(:alias_method, :m4, :yield_self); rescue Exception; end
GC.start
begin
  5.times do |i|
    begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
