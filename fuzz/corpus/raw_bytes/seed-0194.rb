begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |a0, *rest|
    nil
  end
rescue Exception
end
begin
  class C0 < String
    GC.start
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class C1 < Numeric
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v2 = C0.instance_method(:">"); rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i2, v1); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  v3 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin; v4 = [v3, v1].sort; rescue Exception; end
begin; eval(""); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v5 = C1.new(); rescue Exception; end
begin
  v6 = lambda do |a0, &blk|
    begin; v7 = v5.public_send(:">", v5, k0: 3); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  C1.send(:define_method, :m2) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; v8 = {:k0 => 77, :k1 => v6}; rescue Exception; end
begin; 100.times { |i| v8[i] = [i] }; rescue Exception; end
begin
  self.m3(**v8) do |a0|
    v1
  end
rescue Exception
end
GC.start
begin; v9 = v1.to_proc; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v1.freeze; rescue Exception; end
    begin; C1.send(:alias_method, :m4, :codepoints); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; alias_method :m4, :">"; rescue Exception; end
    begin
      v10 = lambda do |a0, &blk|
        begin; v11 = 91.method(:codepoints); rescue Exception; end
        (3..7)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = ->(k0: 1) do
    begin
      Array.send(:define_method, :m5) do |a0|
        begin; C0.send(:prepend, Comparable); rescue Exception; end
        true
      end
    rescue Exception
    end
    v4
  end
rescue Exception
end
begin; v13 = C0.new(v1); rescue Exception; end
begin; v14 = 59; rescue Exception; end
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
    begin; v15 = []; rescue Exception; end
    begin; v16 = self.send(:m4, *v15); rescue Exception; end
  end
rescue Exception
end
