begin; raise ArgumentError, "x"; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = Class.new(Array) do
    begin
      v2 = proc do |a0, a1|
        "s2"
      end
    rescue Exception
    end
    begin; v3 = v2.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin
  def m0(k0: 1, **kws)
    begin; v4 = C0.new(); rescue Exception; end
    begin; v5 = Object.new(); rescue Exception; end
    kws
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; K0 = :y0; rescue Exception; end
begin; v6 = self.m0(v0, :y2); rescue Exception; end
begin
  class C1
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin; C1.send(:alias_method, :m0, :m1); rescue Exception; end
    begin; v7 = [13.5, "s17"]; rescue Exception; end
  end
rescue Exception
end
begin; v8 = v0.singleton_class; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :"<=>"); rescue Exception; end
begin; v9 = v1.respond_to?(:m3); rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m4, :yield_self); rescue Exception; end
begin; v10 = [v0, "s19"]; rescue Exception; end
begin; v11 = v0.m5(v6, *v10, k0: 3); rescue Exception; end
begin
  def v0.m4(a0, a1)
    begin; v12 = C0.instance_method(:m6); rescue Exception; end
    "s15"
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m7); rescue Exception; end
begin
  class C2 < Array
    begin; v13 = Object.new(); rescue Exception; end
    begin
      class << v13
        begin
          module M3
            begin; Hash.extend(M3); rescue Exception; end
            begin; v14 = C1.new(); rescue Exception; end
            begin
              def m6(a0, *rest, p0)
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          String.send(:define_method, :m6) do
            63
          end
        rescue Exception
        end
        begin; Kernel.send(:alias_method, :m8, :yield_self); rescue Exception; end
      end
    rescue Exception
    end
    begin; v15 = Integer("s5"); rescue Exception; end
  end
rescue Exception
end
begin
  v16 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin; C1.class_variable_set(:@@k0, v1); rescue Exception; end
    begin
      class << v9
        begin; alias m9 :"<=>"; rescue Exception; end
        begin; ($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 }); rescue Exception; end
        begin; v17 = C1.instance_variable_get(:@k1); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
GC.start
begin; v18 = C0.instance_variable_get(:@k2); rescue Exception; end
begin; v1.instance_variable_set(:@i0, v8); rescue Exception; end
begin
  v10.singleton_class.send(:define_method, :m6) do |a0, *rest|
    begin; v19 = nil; rescue Exception; end
    rest
  end
rescue Exception
end
begin; v20 = [10, 20, 30, 40][true]; rescue Exception; end
GC.start
