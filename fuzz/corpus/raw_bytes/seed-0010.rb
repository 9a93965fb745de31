GC.start
begin
  class Array
    begin; alias_method :m0, :rotate; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :">"); rescue Exception; end
    begin; C0.send(:alias_method, :m1, :">"); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin; alias_method :m0, :abs; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin
  class C1 < C0
    begin
      module M2
        begin; v1 = C1.new(); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m2, :message); rescue Exception; end
begin
  module M3
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
  end
rescue Exception
end
begin
  v2 = v0.m1(v0, k0: 3) do |k0: 1|
    begin; C0.instance_variable_set(:@k0, k0); rescue Exception; end
    begin; C1.send(:alias_method, :m3, :">"); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v3 = "s19".respond_to?(:m4); rescue Exception; end
begin
  v4 = ->(a0, *rest, p0) do
    begin
      class << v0
        GC.start
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin
  class C4
    begin; v5 = Object.new(-0.5, 48); rescue Exception; end
    begin; v6 = C4.new(); rescue Exception; end
    begin; alias_method :m2, :rotate; rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v7 = C4.new(); rescue Exception; end
    begin; v8 = C1.new(v7, v7); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
    begin
      class C5
        begin; v9 = 11.5.respond_to?(:rotate); rescue Exception; end
        begin; v10 = C0.new(); rescue Exception; end
        begin
          class C6
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
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = C6.new(1); rescue Exception; end
begin; v12 = C5.new(v11, k0: 3); rescue Exception; end
begin; v4.public_send(:call, 15.5); rescue Exception; end
begin
  C6.send(:define_method, :m5) do |a0, &blk|
    v4
  end
rescue Exception
end
begin; v13 = {:k0 => :y4, :k1 => :y0}; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  def m4(o0 = 0)
    o0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m6, :p); rescue Exception; end
begin; v0.extend(M2); rescue Exception; end
begin; Numeric.send(:alias_method, :m7, :message); rescue Exception; end
begin; v0.extend(M3); rescue Exception; end
begin
  v14 = Fiber.new do |x|
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; C0.send(:include, M3); rescue Exception; end
