GC.start
begin
  class C0
    begin; C0.send(:remove_method, :m0); rescue Exception; end
    begin
      v0 = nil.send(:"<=>", k0: 2) do |a0, a1|
        19.5
      end
    rescue Exception
    end
    begin; p nil; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v1 = C0.new(); rescue Exception; end
begin; v2 = C0.instance_method(:m1); rescue Exception; end
begin
  module M1
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
    begin; C0.send(:undef_method, :m2); rescue Exception; end
    begin; K0 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:remove_method, :m2); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; K1 = v2; rescue Exception; end
begin
  C0.send(:define_method, :m3) do
    begin; v1.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
    v2
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v2); rescue Exception; end
begin
  class Array
    begin; alias m1 :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin
  def v1.m1(a0)
    begin; Object.const_set(:K2, (0..1)); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; p v1; rescue Exception; end
begin
  def v1.m3()
    0
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m4); rescue Exception; end
begin
  class Range
    begin; alias_method :m5, :last; rescue Exception; end
  end
rescue Exception
end
begin; v4 = {:k0 => 45}; rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = [K0, :y4].max; rescue Exception; end
    begin
      def m5(a0, *rest, p0)
        begin; v6 = {}; rescue Exception; end
        begin; v7 = v6.singleton_class; rescue Exception; end
        p0
      end
    rescue Exception
    end
    begin; v8 = v5.method(:last); rescue Exception; end
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m1, :last; rescue Exception; end
  end
rescue Exception
end
