begin; v0 = 75; rescue Exception; end
begin
  def m0()
    begin; Object.const_set(:K0, nil); rescue Exception; end
    "s1"
  end
rescue Exception
end
begin; Object.send(:alias_method, :m1, :printf); rescue Exception; end
begin; v1 = { -1.5 => 1, v0 => 2 }[-1.5]; rescue Exception; end
begin
  12.5.send(:infinite?, k0: v1) do |a0, *rest|
    begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = v0.method(:">=").call(k0: v1); rescue Exception; end
begin; v4 = true.respond_to?(:m2, true); rescue Exception; end
begin
  5.times do |i|
    begin; 10.times { |i| Object.new }; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v5 = Object.new(v0, v4); rescue Exception; end
begin; v6 = K0.respond_to?(:m0); rescue Exception; end
begin; Range.send(:alias_method, :m2, :printf); rescue Exception; end
begin
  v7 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    v3
  end
rescue Exception
end
begin; v7.singleton_class.send(:define_method, :m1, v7); rescue Exception; end
begin; v8 = 9.5; rescue Exception; end
begin
  v7.instance_eval do
    begin
      v7.singleton_class.send(:define_method, :m3) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < Hash
    begin; v9 = Object.new(); rescue Exception; end
    begin; alias m4 m5; rescue Exception; end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    begin
      def m4(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v10 = C0.new("s4", k0: 3); rescue Exception; end
        begin; v11 = true.respond_to?(:m6); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = 63 == v0; rescue Exception; end
begin; v13 = C0.new(); rescue Exception; end
GC.start
