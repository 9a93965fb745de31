GC.start
begin; v0 = Object.new(k0: 2); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v2 = v0.clone; rescue Exception; end
GC.start
begin
  class C0 < String
    begin
      v4 = Fiber.new do |x|
        begin; v3 = "s1"; rescue Exception; end
        Fiber.yield(x)
        46
      end
    rescue Exception
    end
    begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
    GC.start
    begin; v5 = C0.new(19.5); rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; v6 = ["s15", 84]; rescue Exception; end
  end
rescue Exception
end
begin
  def v2.m2(a0, *rest, p0)
    rest
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class Range
    begin; alias m0 hash; rescue Exception; end
  end
rescue Exception
end
begin; v8 = [v0, self].uniq.size; rescue Exception; end
begin
  1.times do |i|
    begin; self.m1(i, :y0); rescue Exception; end
    begin; v9 = [i, v0]; rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin
      class C2 < Numeric
        begin; Kernel.send(:alias_method, :m0, :tap); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2.instance_eval do
    begin; v10 = true; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin; v11 = [(2..4)]; rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k2, v2); rescue Exception; end
begin
  class << v2
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
    begin; v12 = C0.new(); rescue Exception; end
    begin; v13 = {:k0 => v12}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
GC.start
