GC.start
begin
  class C0
    begin; v0 = 12.5; rescue Exception; end
    begin; C0.class_variable_set(:@@k0, nil); rescue Exception; end
  end
rescue Exception
end
begin; 23.next(nil); rescue Exception; end
begin; v1 = true.respond_to?(:m0); rescue Exception; end
begin; v2 = []; rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m1) do |a0, *rest, p0|
    a0
  end
rescue Exception
end
GC.start
begin
  module M1
    begin; C0.send(:alias_method, :m2, :m3); rescue Exception; end
    begin; v3 = :y4.casecmp(16.5, :y5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; C0.send(:alias_method, :m3, :prepend); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v2.singleton_class; rescue Exception; end
begin
  1.times do |i|
    begin; v5 = "abc" + v4; rescue Exception; end
    begin
      v1.m0(v4, v4) do
        v4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2
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
      class Numeric
        begin; alias m0 nobits?; rescue Exception; end
      end
    rescue Exception
    end
    begin; v6 = 67; rescue Exception; end
  end
rescue Exception
end
begin
  class C3 < C0
    begin
      C0.send(:define_method, :m3) do |o0 = 0|
        begin
          class C4
            begin; v7 = self.send(:m0, 57, 60); rescue Exception; end
            begin; C0.extend(Comparable); rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin; alias m4 nobits?; rescue Exception; end
    begin
      def m3(a0, &blk)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v4.singleton_class; rescue Exception; end
