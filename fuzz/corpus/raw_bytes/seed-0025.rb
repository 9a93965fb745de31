begin; v0 = [(0..2), true]; rescue Exception; end
begin; v1 = :y1; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = C0.new(); rescue Exception; end
    begin; C0.send(:alias_method, :m0, :eql?); rescue Exception; end
    begin; v3 = v2.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; v0.send(:replace); rescue Exception; end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v5 = Float(nil); rescue Exception; end
begin
  class C1 < C0
    begin; v6 = "s2".respond_to?(:m0, true); rescue Exception; end
    begin; v7 = true; rescue Exception; end
  end
rescue Exception
end
begin
  v8 = lambda do
    begin; v9 = {:k0 => v5}; rescue Exception; end
    begin
      def m1()
        self
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin
  v10 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v11 = v8.instance_variable_get(:@i2); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  40.eql?() do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin; v10.to_proc(&v1); rescue Exception; end
begin; v12 = "s11".respond_to?(:m2); rescue Exception; end
begin; v13 = [[:y4], [v5]].flatten; rescue Exception; end
begin
  def v10.m2()
    begin
      1.times do |i|
        begin; v14 = [:y3, true, :y3].sort { |x, y| y <=> x }; rescue Exception; end
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; p v8; rescue Exception; end
begin
  def m3(a0)
    a0
  end
rescue Exception
end
begin; v10.singleton_class.send(:alias_method, :m4, :clear); rescue Exception; end
begin; v15 = 22 == v4; rescue Exception; end
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
    begin; C2.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  v16 = proc do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v10.instance_variable_set(:@i2, 3.5); rescue Exception; end
begin; v17 = C0.instance_method(:eql?); rescue Exception; end
begin; v18 = v4.singleton_class; rescue Exception; end
begin; v19 = v16.respond_to?(:m5); rescue Exception; end
begin
  3.times do |i|
    begin
      class Hash
        begin; alias_method :m3, :eql?; rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = "s19"; rescue Exception; end
  end
rescue Exception
end
begin
  v20 = proc do |a0|
    begin; v21 = {:k0 => a0}; rescue Exception; end
    a0
  end
rescue Exception
end
