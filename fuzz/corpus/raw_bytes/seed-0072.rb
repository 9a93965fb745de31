GC.start
begin; v0 = (0..4).send(:to_a, :y1); rescue Exception; end
begin
  v1 = Class.new(Hash) do
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
begin; v2 = v1.send(:m0, v0, k0: 3); rescue Exception; end
begin; self.send(:m0); rescue Exception; end
begin
  begin
    begin; K0 = v0; rescue Exception; end
    begin; C0.send(:include, Enumerable); rescue Exception; end
  rescue => e
    begin; v3 = v2.public_send(:m1); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v4 = [25, self]; rescue Exception; end
    begin; v4.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
    begin; C1.send(:prepend, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m3, :m1); rescue Exception; end
