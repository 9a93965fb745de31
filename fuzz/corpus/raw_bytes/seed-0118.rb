begin; ($stash ||= []).concat(Array.new(4) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = [14, :y3].sort; rescue Exception; end
begin
  module M0
    begin; Object.instance_variable_set(:@k2, :y5); rescue Exception; end
    begin; v1 = true.respond_to?(:m0, true); rescue Exception; end
    begin; Integer.send(:alias_method, :m1, :">"); rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; String.send(:alias_method, :m2, :m1); rescue Exception; end"); rescue Exception; end
GC.start
GC.start
begin; v2 = :upcase; rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m3) do |o0 = 0|
    begin
      class << v0
        begin; v4 = true.respond_to?(:m1, true); rescue Exception; end
        begin; Object.send(:alias_method, :m4, :end); rescue Exception; end
        begin
          module M1
            begin
              Numeric.send(:define_method, :m5) do |a0, *rest|
                self
              end
            rescue Exception
            end
            begin; v5 = { :y0 => 1, 3 => 2 }[:y0]; rescue Exception; end
            begin; v5.m6(1); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  v3.m7() do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v3.instance_eval("begin; Range.send(:alias_method, :m8, :end); rescue Exception; end"); rescue Exception; end
    begin
      2.times do |i|
        begin; v6 = [v0]; rescue Exception; end
        begin; v7 = v3.method(:m2).call(v0, o0); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  String.send(:define_method, :m1) do |k0: 1|
    begin; 48.send(:">", v2, "s18"); rescue Exception; end
    k0
  end
rescue Exception
end
GC.start
begin; v3.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
begin; v8 = v3.respond_to?(:m7); rescue Exception; end
begin; Object.class_variable_set(:@@k0, v2); rescue Exception; end
begin
  def m11(a0, a1)
    begin; v9 = self.send(:end, 1); rescue Exception; end
    begin; Object.const_set(:K0, K0); rescue Exception; end
    self
  end
rescue Exception
end
begin
  class C2 < StandardError
    begin; v10 = "s1"; rescue Exception; end
  end
rescue Exception
end
begin
  def v3.m9(a0, o0 = 0, *rest, k0: 1, &blk)
    a0
  end
rescue Exception
end
begin
  def m3(a0, *rest)
    begin; v11 = (1..5).__empty_range?(); rescue Exception; end
    41
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v8.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; v12 = C2.new(v2, k0: 3); rescue Exception; end
begin; Comparable.send(:alias_method, :m9, :">"); rescue Exception; end
begin
  def m11(k0: 1, **kws)
    kws
  end
rescue Exception
end
begin
  begin
    begin
      r2001 = 0
      begin
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r2001 += 1
        retry if r2001 < 2
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class C3 < String
        begin; v13 = (2..5); rescue Exception; end
        begin; v14 = [v13]; rescue Exception; end
        begin; C2.send(:alias_method, :m2, :">"); rescue Exception; end
        begin; Comparable.send(:alias_method, :m5, :">"); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v3.singleton_class.send(:define_method, :m5) do
        begin; v12.singleton_class.send(:alias_method, :m1, :end); rescue Exception; end
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M4
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
begin; v15 = self.respond_to?(:m9); rescue Exception; end
