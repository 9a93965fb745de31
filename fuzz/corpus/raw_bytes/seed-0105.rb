GC.start
begin; M0.send(:undef_method, :merge); rescue Exception; end
begin
  Numeric.send(:define_method, :m0) do |a0, a1|
    begin
      def m1(k0: 1, **kws)
        k0
      end
    rescue Exception
    end
    begin
      module M0
        begin; v0 = Object.new(); rescue Exception; end
        begin
          class << v0
            begin; v1 = [16, 82].max; rescue Exception; end
            begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
            begin; 300.times { |i| proc { i } }; rescue Exception; end
          end
        rescue Exception
        end
        begin; v2 = v0.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v3 = {}; rescue Exception; end
begin; Array.send(:alias_method, :m0, :merge); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def m3()
        begin; C1.send(:include, M0); rescue Exception; end
        GC.start
        (0..1)
      end
    rescue Exception
    end
    begin
      v4 = proc do |a0, *rest, p0|
        p0
      end
    rescue Exception
    end
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
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
    begin; C1.send(:alias_method, :m4, :merge); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Hash
    GC.start
  end
rescue Exception
end
begin; 8.times { |i| v3[i] = [i] }; rescue Exception; end
begin; M0.send(:undef_method, :m5); rescue Exception; end
begin
  module M3
    begin; v5 = "abc" + 70; rescue Exception; end
    begin; v6 = "s9"; rescue Exception; end
  end
rescue Exception
end
begin; p v3; rescue Exception; end
begin; v3.extend(Comparable); rescue Exception; end
begin; v7 = [10, 20, 30, 40][v3]; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m6, :max); rescue Exception; end
GC.start
begin
  v7.m7(v3, k0: 3) do |a0, *rest|
    begin; K0 = v7; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  def m0()
    true
  end
rescue Exception
end
