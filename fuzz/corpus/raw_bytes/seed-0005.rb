GC.start
begin; raise ArgumentError, "x"; rescue Exception; end
begin; K0 = (2..4); rescue Exception; end
begin
  v0 = proc do
    begin; Range.send(:alias_method, :m0, :extend); rescue Exception; end
    15.5
  end
rescue Exception
end
begin
  v1 = lambda do
    v0
  end
rescue Exception
end
begin
  class << v1
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    begin; 14.5.m0("s8"); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Object.new(31); rescue Exception; end
begin
  class C0 < Numeric
    begin
      class C1
        begin; v3 = (4..6); rescue Exception; end
        begin; v4 = Array(v3); rescue Exception; end
        begin; alias m0 extend; rescue Exception; end
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
    begin
      class Struct
        begin; alias_method :m0, :each_pair; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v2.m1(a0, a1)
    begin
      Hash.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v5 = C1.new(); rescue Exception; end
        begin; v6 = Object.new(); rescue Exception; end
        rest
      end
    rescue Exception
    end
    (4..8)
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
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
    begin; v7 = [[65], [self]].flatten; rescue Exception; end
    begin; v8 = v7.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do
    begin; C2.send(:alias_method, :m3, :m4); rescue Exception; end
    v2
  end
rescue Exception
end
begin; v10 = :y3; rescue Exception; end
GC.start
