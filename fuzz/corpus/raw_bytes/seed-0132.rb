GC.start
begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
begin; v1 = 1.5; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  def v0.m0(a0, *rest, p0)
    a0
  end
rescue Exception
end
begin
  v2 = proc do |a0, *rest|
    a0
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin
  v3 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin; v0.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin
  class C0 < Array
    begin; v4 = "s16".respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v1.respond_to?(:m2); rescue Exception; end
begin; v6 = v0.dup; rescue Exception; end
begin
  class C1 < C0
    begin; v7 = (4..8); rescue Exception; end
    begin
      C1.class_eval do
        begin; v8 = C0.new(); rescue Exception; end
        begin
          v9 = proc do |a0, a1|
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.send(:alias_method, :m1, :m0); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; nil.m3(:y5); rescue Exception; end
    begin
      3.times do |i|
        begin; Kernel.send(:alias_method, :m0, :p); rescue Exception; end
        begin; v10 = Struct.new(:f0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < Hash
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
    begin; v11.m4(); rescue Exception; end
    begin; v12 = v11.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v6.send(:alias_method, :m4, :each_pair); rescue Exception; end
begin; v13 = C0.new(); rescue Exception; end
begin
  v14 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    (2..5)
  end
rescue Exception
end
