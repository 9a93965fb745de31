begin; v0 = true; rescue Exception; end
begin
  v1 = proc do
    begin; C0.send(:undef_method, :m0); rescue Exception; end
    true
  end
rescue Exception
end
begin
  class C0 < Hash
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
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = :upcase; rescue Exception; end
    begin
      2.times do |i|
        begin; alias_method :m1, :each; rescue Exception; end
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v4 = true.method(:m3); rescue Exception; end
begin
  class C2
    begin; v5 = 10.5; rescue Exception; end
  end
rescue Exception
end
begin
  class C3 < Numeric
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      def m4()
        nil
      end
    rescue Exception
    end
    begin; v6 = "s19".send(:squeeze); rescue Exception; end
  end
rescue Exception
end
begin; v7 = 9.5; rescue Exception; end
GC.start
GC.start
begin
  C1.class_eval do
    begin
      def m5()
        :y1
      end
    rescue Exception
    end
    begin; v2.singleton_class.send(:undef_method, :m6); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = Fiber.new do |x|
    begin; v8 = {:k0 => v7}; rescue Exception; end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v10 = C3.new(v4, k0: 3); rescue Exception; end
begin; v11 = [69, v4]; rescue Exception; end
begin
  class << v11
    begin; C2.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      v10.instance_eval do
      end
    rescue Exception
    end
  rescue => e
    begin; v12 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v13 = C1.instance_method(:to_a); rescue Exception; end
begin; v14 = v13.bind(47); rescue Exception; end
begin; v15 = []; rescue Exception; end
begin
  def v2.m7(k0: 1, **kws)
    begin
      5.times do |i|
        begin; v16 = 15.5 == self; rescue Exception; end
      end
    rescue Exception
    end
    11.5
  end
rescue Exception
end
begin; v17 = 9.5.respond_to?(:m3); rescue Exception; end
