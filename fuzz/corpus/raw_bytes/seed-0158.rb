GC.start
begin
  class C0 < Hash
    begin
      C0.send(:define_method, :m0) do
        (0..4)
      end
    rescue Exception
    end
    begin
      def self.m0(a0, o0 = 0, *rest, k0: 1, &blk)
        blk
      end
    rescue Exception
    end
    begin; v0 = Object.instance_method(:to_h); rescue Exception; end
  end
rescue Exception
end
begin; v1 = 9; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  v3 = ->(o0 = 0) do
    v2
  end
rescue Exception
end
begin; v4 = [v1]; rescue Exception; end
begin; K0 = v3; rescue Exception; end
begin; 8.times { |i| v4 << i.to_s }; rescue Exception; end
begin; C0.send(:alias_method, :m2, :transform_keys); rescue Exception; end
GC.start
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    blk
  end
rescue Exception
end
begin; eval("begin; Array.send(:alias_method, :m3, :m4); rescue Exception; end\nbegin; v6 = self.respond_to?(:m1, true); rescue Exception; end"); rescue Exception; end
begin; v7 = v5.respond_to?(:m2); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m5, :minmax); rescue Exception; end
begin; K1 = v2; rescue Exception; end
