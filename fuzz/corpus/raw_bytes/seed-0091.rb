GC.start
begin; Object.instance_variable_set(:@k0, 4); rescue Exception; end
begin
  1.times do |i|
    begin; Object.instance_variable_set(:@k0, 29); rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(self, :y0); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, &blk|
    begin
      class << v0
        GC.start
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i3, "s9"); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin; v2 = []; rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0, o0 = 0|
    begin; 8.times { |i| v2 << i.to_s }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class << v1
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
    begin; C0.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v3 = "s13".respond_to?(:m2); rescue Exception; end
begin; String.send(:alias_method, :m3, :each_slice); rescue Exception; end
begin
  2.times do |i|
    begin; v4 = Hash.instance_method(:slice!); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v3; rescue Exception; end
begin; v5 = :y0.respond_to?(:m4); rescue Exception; end
begin; v6 = [v1, (0..5)]; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v7 = true.send(:"<=", v3); rescue Exception; end
begin
  v1.m5(k0: 2) do |a0, o0 = 0|
    begin; v8 = [v5, self].sort; rescue Exception; end
    v2
  end
rescue Exception
end
begin; v9 = [54].include?(v2); rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m6) do |a0, a1|
    v7
  end
rescue Exception
end
GC.start
begin; v10 = Object.new(); rescue Exception; end
