GC.start
begin; Object.class_variable_set(:@@k2, true); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  class Integer
    begin; alias_method :m0, :downto; rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < String
    begin; v1 = C0.instance_variable_get(:@k1); rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v2 = C0.new(); rescue Exception; end
begin
  class C1
    begin; C0.send(:alias_method, :m1, :to_r); rescue Exception; end
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v3 = [22]; rescue Exception; end
        blk
      end
    rescue Exception
    end
    GC.start
    begin; v4 = true; rescue Exception; end
  end
rescue Exception
end
begin; v5 = {:k0 => v2, :k1 => v0}; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  v7 = Class.new(Array) do
    begin
      3.times do |i|
      end
    rescue Exception
    end
    begin; v8 = :y4.method(:to_r); rescue Exception; end
    begin
      v9 = proc do
        K0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = v2.clone; rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    begin; v6.m3(12.5); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m2, :index); rescue Exception; end
begin; Object.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  module M3
    begin
      v11 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
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
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Proc.new do |a0|
    v5
  end
rescue Exception
end
begin; v2.singleton_class.send(:undef_method, :m5); rescue Exception; end
begin
  v13 = Class.new(Object) do
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
    begin
      C0.send(:define_method, :m4) do
        begin; alias_method :m6, :to_r; rescue Exception; end
        52
      end
    rescue Exception
    end
    begin
      v14 = true.send(:m0, k0: true) do |a0|
        begin; C0.send(:alias_method, :m7, :to_r); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = C4.new(); rescue Exception; end
begin
  v16 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v17 = Fiber.new do |x|
        begin; C4.send(:include, M3); rescue Exception; end
        Fiber.yield(x)
        o0
      end
    rescue Exception
    end
    begin; v15.singleton_class.send(:undef_method, :m5); rescue Exception; end
    self
  end
rescue Exception
end
begin; v12.instance_variable_set(:@i1, v7); rescue Exception; end
begin; v18 = v5.method(:m8); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  def m0(a0, &blk)
    K0
  end
rescue Exception
end
begin; v19 = v7 == "s19"; rescue Exception; end
begin; p :y4; rescue Exception; end
