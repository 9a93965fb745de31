begin
  10.times do |i|
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin; v0 = {:k0 => -3}; rescue Exception; end
begin
  class C0 < Hash
    begin
      def m0(a0, *rest)
        begin; v1 = 1 + :y5; rescue Exception; end
        begin; C0.instance_variable_set(:@k0, 28); rescue Exception; end
        6.5
      end
    rescue Exception
    end
    begin; p 19.5; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v2 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :reject); rescue Exception; end
begin; v3 = C0.instance_method(:fetch_values); rescue Exception; end
GC.start
begin; Enumerable.send(:alias_method, :m1, :reject); rescue Exception; end
begin; Range.send(:alias_method, :m2, :m3); rescue Exception; end
begin; C0.instance_variable_set(:@k2, (0..5)); rescue Exception; end
begin
  class Hash
    begin; alias m4 to_h; rescue Exception; end
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i2, nil); rescue Exception; end
GC.start
begin
  3.times do |i|
    begin
      def v0.m5()
        "s9"
      end
    rescue Exception
    end
    begin; v4 = Integer(v2); rescue Exception; end
  end
rescue Exception
end
begin; v5 = [70]; rescue Exception; end
begin
  class C1
    begin
      1.times do |i|
        begin
          class C2 < Hash
            begin; self.m6(true, k0: 3); rescue Exception; end
            begin; v6 = 71.send(:"&", k0: (4..6)); rescue Exception; end
            begin; v7 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m7()
        begin; v8 = C2.new(1); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; C2.send(:alias_method, :m8, :fetch_values); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v9 = v0.send(:">", *v5); rescue Exception; end
begin
  class C3 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m2, :fetch_values); rescue Exception; end
    begin
      class C4 < Numeric
        begin; v10 = true; rescue Exception; end
        begin
          class C5 < C1
            begin; "s16".insert(12.5, (4..7)); rescue Exception; end
            begin; K0 = :y0; rescue Exception; end
            begin; v11 = {:k0 => (3..6)}; rescue Exception; end
          end
        rescue Exception
        end
        begin; C0.send(:undef_method, :m1); rescue Exception; end
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
  end
rescue Exception
end
begin; v12 = v2.clone; rescue Exception; end
begin; v13 = v2.to_proc; rescue Exception; end
begin; v14 = v13.respond_to?(:m3, true); rescue Exception; end
begin; v15 = v9.method(:m9); rescue Exception; end
begin
  module M6
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
begin; v5 << 12.5; rescue Exception; end
begin; v13.instance_variable_set(:@i2, true); rescue Exception; end
begin; Enumerable.send(:alias_method, :m10, :reject); rescue Exception; end
begin; v16 = { true => 1, (3..3) => 2 }[true]; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :m11); rescue Exception; end
