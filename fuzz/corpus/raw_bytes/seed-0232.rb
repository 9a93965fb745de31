GC.start
begin; Array.extend(Comparable); rescue Exception; end
begin; Array.send(:alias_method, :m0, :yield_self); rescue Exception; end
begin; "s5".send(:m0, 3.5, k0: 3); rescue Exception; end
begin
  2.times do |i|
    begin
      module M0
        begin
          class C1 < Hash
            begin; K0 = self; rescue Exception; end
            begin; v0 = :y1.respond_to?(:m0); rescue Exception; end
            begin; v1 = nil.method(:enum_for); rescue Exception; end
          end
        rescue Exception
        end
        begin; alias_method :m1, :yield_self; rescue Exception; end
        begin
          (4..8).send(:m1, 8.5, 69) do |a0, o0 = 0|
            begin; v2 = 18.5; rescue Exception; end
            42
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m1, :yield_self); rescue Exception; end
begin; eval("begin\n  C1.send(:define_method, :m0) do\n    (0..3)\n  end\nrescue Exception\nend"); rescue Exception; end
GC.start
begin; v3 = C1.instance_method(:m0); rescue Exception; end
begin; v4 = v3.bind(v3); rescue Exception; end
begin
  v5 = v3.public_send(:enum_for, &v4) do |a0, a1|
    GC.start
    a1
  end
rescue Exception
end
begin
  v7 = v4.call(1) do
    begin; v6 = C1.new(); rescue Exception; end
    v3
  end
rescue Exception
end
begin; v8 = C1.new(1); rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin; v10 = v4.to_proc; rescue Exception; end
begin; v10.freeze; rescue Exception; end
begin; Kernel.send(:alias_method, :m2, :yield_self); rescue Exception; end
begin; v8.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; v11 = self.m3(); rescue Exception; end
begin; v10.singleton_class.send(:undef_method, :m2); rescue Exception; end
GC.start
begin; String.send(:alias_method, :m1, :m4); rescue Exception; end
begin; v12 = {:k0 => v9}; rescue Exception; end
