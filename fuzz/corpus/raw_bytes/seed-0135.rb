begin
  module M0
    begin; v0 = Object.new(49, 9); rescue Exception; end
  end
rescue Exception
end
begin; v1 = :y1; rescue Exception; end
begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; String.send(:alias_method, :m0, :"=="); rescue Exception; end
begin; v3 = v2.new(1); rescue Exception; end
begin
  class << v2
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
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
    begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v2.new(); rescue Exception; end
begin; v5 = v2.singleton_class; rescue Exception; end
begin; Hash.send(:alias_method, :m3, :m4); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v4.instance_variable_set(:@i0, 5); rescue Exception; end
begin
  module M1
    begin; self.dig(-1.5); rescue Exception; end
    begin; v6 = Array.instance_method(:"=="); rescue Exception; end
  end
rescue Exception
end
