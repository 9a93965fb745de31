begin; v0 = {:k0 => true, :k1 => 7.5}; rescue Exception; end
begin
  v1 = ->(a0, a1) do
    begin; v2 = 87; rescue Exception; end
    true
  end
rescue Exception
end
begin; v0[nil] = v0; rescue Exception; end
begin; v3 = v1.respond_to?(:m0); rescue Exception; end
begin; v4 = [10, 20, 30, 40][v1]; rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin; v5 = Struct.new(:f0); rescue Exception; end
    begin
      class << v0
        begin
          v6 = proc do
            begin; v7 = 82.method(:to_a); rescue Exception; end
            begin; v8 = true; rescue Exception; end
            "s6"
          end
        rescue Exception
        end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
        begin; v6.singleton_class.send(:define_method, :m0, v6); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    true
  end
rescue Exception
end
begin
  Numeric.class_eval do
    begin; v0[nil] = v3; rescue Exception; end
  end
rescue Exception
end
begin
  def v1.m1(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; Object.send(:alias_method, :m2, :to_a); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = Object.new(); rescue Exception; end
begin
  class << v3
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
    begin; v11 = Object.new(); rescue Exception; end
    begin; alias m0 m3; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v13 = v10.public_send(:m0, 1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v12 = Fiber.new do |x|
        Fiber.yield(x)
        v3
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v14 = {:k0 => -0.5, :k1 => "s17"}; rescue Exception; end
begin; K0 = (3..7); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m4, :open); rescue Exception; end
begin
  def v10.m5(a0, &blk)
    begin; Integer.send(:alias_method, :m6, :to_a); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v15 = nil; rescue Exception; end
begin
  class C0 < Hash
    begin; v16 = C0.new(:y5, 99); rescue Exception; end
    begin; v17 = v16.m7("s13"); rescue Exception; end
  end
rescue Exception
end
