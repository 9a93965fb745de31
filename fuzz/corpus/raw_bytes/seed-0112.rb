GC.start
begin; v0 = 97.respond_to?(:m0); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; Array.send(:alias_method, :m1, :m1); rescue Exception; end
begin
  Range.send(:define_method, :m0) do
    begin; Numeric.send(:alias_method, :m2, :m1); rescue Exception; end
    (0..1)
  end
rescue Exception
end
begin; v1 = (1..6); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; C0.send(:remove_method, :__repeated_combination); rescue Exception; end
begin; v2 = Object.new(5); rescue Exception; end
begin
  def m3(o0 = 0)
    begin; Array.send(:alias_method, :m4, :__repeated_combination); rescue Exception; end
    begin
      def m5(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; nil.send(:m2); rescue Exception; end
        begin; v3 = self.public_send(:m4); rescue Exception; end
        a0
      end
    rescue Exception
    end
    :y0
  end
rescue Exception
end
begin
  v4 = v0.upto(v0) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  def v2.m6(a0)
    :y4
  end
rescue Exception
end
begin; K0 = v2; rescue Exception; end
begin
  class << v4
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v5 = (4..6).respond_to?(:m7); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = ->(k0: 1, **kws) do
    begin
      v7 = v2.upto() do |a0, *rest, p0|
        rest
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m8, :upto); rescue Exception; end
begin; String.class_eval("begin; v8 = K0.method(:m5); rescue Exception; end\nbegin\n  5.times do |i|\n    begin; v2.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class Array
    begin; alias m11 __repeated_combination; rescue Exception; end
    begin; alias_method :m1, :m7; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin
      def m0(a0, a1)
        "s1"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin; v9 = {}; rescue Exception; end
    begin; alias_method :m3, :upto; rescue Exception; end
    begin
      def v9.m3()
        begin; v10 = Object.new(); rescue Exception; end
        10.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = nil; rescue Exception; end
begin
  r1001 = 0
  begin
    begin
      v12 = lambda do |a0, a1|
        begin; String.extend(Comparable); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; p K0; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v13 = self.respond_to?(:m3); rescue Exception; end
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v14 = Struct.new(:f0); rescue Exception; end
