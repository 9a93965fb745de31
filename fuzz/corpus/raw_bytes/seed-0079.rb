begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = 29.respond_to?(:m0); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v1 = Object.new(v0, v0); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin
  class << v0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v2 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k2, v0); rescue Exception; end
begin; Object.send(:alias_method, :m1, :to_s); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :to_s); rescue Exception; end
begin; v3 = [v1]; rescue Exception; end
begin
  v4 = proc do |a0, *rest, p0|
    p0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m3, :to_s); rescue Exception; end
begin; C0.send(:remove_method, :m4); rescue Exception; end
begin
  3.times do |i|
    begin; 85.send(:downto, k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v3 << i.to_s }; rescue Exception; end
begin; v5 = "s16" == v4; rescue Exception; end
begin
  class << v5
    begin; Object.class_variable_set(:@@k2, "s7"); rescue Exception; end
    begin; v6 = Object.new(self); rescue Exception; end
    begin
      def self.m2(a0, *rest, p0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[1] = $stash.shift }; rescue Exception; end
    Fiber.yield(x)
    (2..5)
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, v9); rescue Exception; end
begin
  class << v4
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
begin; v10 = Numeric.instance_method(:m2); rescue Exception; end
begin; Object.instance_variable_set(:@k2, v10); rescue Exception; end
begin; v3 << v7; rescue Exception; end
begin; v7.m5(v9, v9); rescue Exception; end
begin
  class << v1
    begin; C0.send(:undef_method, :to_s); rescue Exception; end
  end
rescue Exception
end
begin; v11 = {:k0 => true}; rescue Exception; end
begin; v12 = Struct.new(:f0, :f1); rescue Exception; end
