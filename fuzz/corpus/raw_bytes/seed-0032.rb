GC.start
begin
  class C0
    begin; v0 = nil.method(:m0).call("s14"); rescue Exception; end
    begin
      begin
        begin; v1 = v0.m1(); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = [:y2, (3..4), (2..2)]; rescue Exception; end
begin; v3 = Float(v2); rescue Exception; end
begin
  v4 = Fiber.new do |x|
    begin
      1.times do |i|
      end
    rescue Exception
    end
    Fiber.yield(x)
    v3
  end
rescue Exception
end
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class << v3
    begin; Object.send(:alias_method, :m2, :rjust); rescue Exception; end
    begin; v6 = 44.respond_to?(:m2); rescue Exception; end
    begin
      def m1(a0, a1)
        begin; C0.send(:undef_method, :m3); rescue Exception; end
        begin; Object.const_set(:K0, nil); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval("begin\n  class C1 < Hash\n    begin; true.rjust((0..3), 41); rescue Exception; end\n  end\nrescue Exception\nend\nbegin; v7 = v4.method(:m4).call(nil, *v2, k0: 3); rescue Exception; end"); rescue Exception; end
begin
  v8 = proc do
    begin
      v5.singleton_class.send(:define_method, :m2) do |o0 = 0|
        begin; C1.instance_variable_set(:@k2, v3); rescue Exception; end
        o0
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; C1.send(:define_method, :m2, v8); rescue Exception; end
begin
  r1001 = 0
  begin
    begin
      3.times do |i|
        GC.start
      end
    rescue Exception
    end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin; p v4; rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; K1 = nil; rescue Exception; end
    begin
      class Integer
        begin; alias m5 succ; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v5.respond_to?(:m6); rescue Exception; end
begin; K2 = K0; rescue Exception; end
begin
  C0.class_eval do
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
GC.start
GC.start
