begin; v0 = true.respond_to?(:m0); rescue Exception; end
begin; Range.send(:alias_method, :m0, :negative?); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  v3 = proc do |a0, a1|
    begin
      v1.singleton_class.send(:define_method, :m1) do |o0 = 0|
        -0.5
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; C0.send(:undef_method, :m2); rescue Exception; end
GC.start
begin
  2.times do |i|
    begin; v4 = [10, 20, 30, 40][v1]; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m3); rescue Exception; end
begin; 30.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v5 = Object.instance_variable_get(:@k1); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v6 = Object.new(&v3); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m0, :negative?); rescue Exception; end
begin; v7 = v1.negative?(true); rescue Exception; end
begin; v8 = Object.new(1); rescue Exception; end
begin
  class C0 < Hash
    begin; v9 = nil.m4("s5", "s19"); rescue Exception; end
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
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin
  v10 = Class.new(String) do
    begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
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
    begin; C0.send(:undef_method, :m3); rescue Exception; end
    begin; v11 = [21, true, true]; rescue Exception; end
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
    begin; v12 = C1.new(K0, *v11, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, self); rescue Exception; end
begin; v3.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; 30.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v13 = v3.to_proc; rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; v14 = v13.respond_to?(:m6); rescue Exception; end
begin; Range.send(:alias_method, :m7, :m2); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v13.singleton_class.send(:define_method, :m3, v3); rescue Exception; end
GC.start
