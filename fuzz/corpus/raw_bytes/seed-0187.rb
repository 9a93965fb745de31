begin
  class Struct
    begin; alias_method :m0, :select; rescue Exception; end
    begin; alias_method :m0, :select; rescue Exception; end
  end
rescue Exception
end
begin; v0 = {}; rescue Exception; end
begin; Hash.send(:alias_method, :m1, :select); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; v1 = {:k0 => v0, :k1 => x}; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
      def to_str; "c#{to_int}"; end
      def to_ary; [to_int, to_str]; end
      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
      def hash; to_int.hash; end
      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
      def ==(o); eql?(o); end
      def coerce(o); [o, to_int]; end
    rescue Exception
    end
    begin; v3 = [:y3, 16.5]; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :select); rescue Exception; end
begin
  v4 = Class.new(C0) do
    begin; v5 = { :y1 => 1, 12 => 2 }[:y1]; rescue Exception; end
    begin
      v6 = proc do |a0, a1|
        begin; v7 = 5; rescue Exception; end
        begin; Comparable.send(:alias_method, :m2, :between?); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m3); rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin; v9 = v4.instance_variable_get(:@i2); rescue Exception; end
begin
  class Struct
    begin; alias_method :m4, :select; rescue Exception; end
    begin; alias_method :m5, :select; rescue Exception; end
  end
rescue Exception
end
begin; v10 = { v2 => 1, v4 => 2 }[v2]; rescue Exception; end
begin
  v12 = self.m6() do
    begin; v0[26] = v2; rescue Exception; end
    begin
      v11 = Proc.new do |a0, &blk|
        begin; v4.singleton_class.send(:alias_method, :m7, :select); rescue Exception; end
        begin; C1.send(:alias_method, :m8, :between?); rescue Exception; end
        blk
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v13 = 84; rescue Exception; end
begin
  v14 = v12.public_send(:m9) do |a0, *rest|
    begin
      C1.send(:define_method, :m10) do |k0: 1, **kws|
        kws
      end
    rescue Exception
    end
    begin
      v4.singleton_class.send(:define_method, :m0) do |a0|
        v12
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k1, nil); rescue Exception; end
