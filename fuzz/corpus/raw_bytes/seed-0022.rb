begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  class << v0
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
begin; v0.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; Object.send(:prepend, Comparable); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m0, :loop); rescue Exception; end
begin; v3 = [v2].include?(v1); rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  Array.send(:define_method, :m1) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v4 = String(v0); rescue Exception; end
