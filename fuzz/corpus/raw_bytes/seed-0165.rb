GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :puts); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias m1 i; rescue Exception; end
    begin; v1 = C0.new("s16", :y4); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  def v0.m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v2 = self.public_send(:m2, k0: :y2); rescue Exception; end
    (3..6)
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m1, :puts); rescue Exception; end
begin; v3 = Range.instance_method(:m1); rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin; v5 = :y2; rescue Exception; end
begin; v4.instance_variable_set(:@i0, v0); rescue Exception; end
begin
  v6 = proc do
    begin
      class << v4
        begin; v7 = C0.new(k0: true); rescue Exception; end
        begin; alias m1 puts; rescue Exception; end
        begin; v8 = v7.respond_to?(:m3, true); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v4
        begin; v9 = C0.new(17.5); rescue Exception; end
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin; v10 = v3.bind(self); rescue Exception; end
begin; p v6; rescue Exception; end
begin; v11 = v5.respond_to?(:m2); rescue Exception; end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; C0.send(:undef_method, :puts); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m3, :message); rescue Exception; end
begin; v13 = {:k0 => v0}; rescue Exception; end
begin; v14 = C0.instance_method(:message); rescue Exception; end
