begin; v0 = [self]; rescue Exception; end
begin
  r1 = 0
  begin
    begin; v0.freeze; rescue Exception; end
  rescue => e
    begin
      Range.class_eval do
        begin; v0.singleton_class.send(:alias_method, :m0, :">"); rescue Exception; end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v1 = v0.replace(k0: 2); rescue Exception; end
begin; v2 = v1.respond_to?(:m1, true); rescue Exception; end
begin; v3 = {:k0 => v1}; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v5 = Fiber.new do |x|
        begin; v4 = C0.class_variable_get(:@@k2); rescue Exception; end
        Fiber.yield(x)
        (0..0)
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; C0.instance_variable_set(:@k1, "s19"); rescue Exception; end
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
begin
  module M1
    begin
      def m2(a0, a1)
        23
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = :y1; rescue Exception; end
begin
  class << v3
    begin; C0.send(:alias_method, :m0, :m3); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
    begin; alias m4 slice!; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :">"); rescue Exception; end
begin; v8 = v3.clone; rescue Exception; end
GC.start
begin; String.send(:alias_method, :m2, :m2); rescue Exception; end
