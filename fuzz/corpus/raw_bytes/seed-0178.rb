GC.start
begin; v0 = nil.method(:m0); rescue Exception; end
begin; v1 = [10, 20, 30, 40][v0]; rescue Exception; end
begin
  class << v0
    begin; Numeric.send(:alias_method, :m0, :chars); rescue Exception; end
    begin; v2 = [[17.5], [nil]].flatten; rescue Exception; end
  end
rescue Exception
end
begin; self.m1(v1); rescue Exception; end
begin
  module M0
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin
      module M1
        begin; v3 = Object.new(); rescue Exception; end
        begin; M0.send(:undef_method, :chars); rescue Exception; end
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
  end
rescue Exception
end
begin; v4 = (0..0); rescue Exception; end
begin; Range.class_eval("begin\n  5.times do |i|\n    begin\n      class << v1\n        begin; Range.send(:alias_method, :m0, :each); rescue Exception; end\n        GC.start\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend\nbegin; 100.times { |i| Object.new }; rescue Exception; end"); rescue Exception; end
begin
  module M2
    begin; v5 = true.m1(k0: true); rescue Exception; end
    begin; v6 = 55.respond_to?(:each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  class C3 < Array
    begin; v7 = C3.new(); rescue Exception; end
    begin; v8 = [44].include?(v7); rescue Exception; end
    begin; v9 = Array(v8); rescue Exception; end
  end
rescue Exception
end
begin; v10 = C3.new(v0, v1); rescue Exception; end
begin
  class << v4
    begin; alias m2 each_pair; rescue Exception; end
    begin
      def m1(a0, o0 = 0)
        begin
          v12 = Fiber.new do |x|
            begin; v11 = C3.new(); rescue Exception; end
            Fiber.yield(x)
            o0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; 100.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; v10.singleton_class.send(:alias_method, :m3, :chars); rescue Exception; end
begin; C3.instance_variable_set(:@k0, v0); rescue Exception; end
begin
  C3.send(:define_method, :m4) do |a0, a1|
    begin; C3.send(:alias_method, :m5, :each_pair); rescue Exception; end
    18.5
  end
rescue Exception
end
begin; v10.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin; v13 = C3.new(); rescue Exception; end
begin; C3.class_variable_set(:@@k2, 62); rescue Exception; end
begin; C3.send(:alias_method, :m3, :each); rescue Exception; end
begin
  v14 = ->(a0, &blk) do
    begin
      v15 = :y2.casecmp?(&v0) do |a0, a1|
        v1
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin
  def v14.m7(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      def m8(a0)
        "s11"
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v16 = v0.to_proc; rescue Exception; end
begin; C3.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin; Object.send(:alias_method, :m9, :each); rescue Exception; end
begin
  class C4 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v17 = self.m0(k0: 2); rescue Exception; end
    begin; v18 = "s11"; rescue Exception; end
  end
rescue Exception
end
begin
  class Range
    begin; alias m10 each; rescue Exception; end
  end
rescue Exception
end
begin
  v1.m7() do |o0 = 0|
    begin; v19 = C4.new(); rescue Exception; end
    o0
  end
rescue Exception
end
