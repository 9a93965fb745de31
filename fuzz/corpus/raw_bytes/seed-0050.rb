begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; p :y0; rescue Exception; end
begin; v0 = 17.respond_to?(:m0, true); rescue Exception; end
begin
  2.times do |i|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
    begin
      class << v0
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
  end
rescue Exception
end
begin; eval("begin\n  module M0\n    begin; alias m2 rpartition; rescue Exception; end\n    GC.start\n  end\nrescue Exception\nend"); rescue Exception; end
begin; Integer.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  Integer.send(:define_method, :m3) do
    v0
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; v1 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v2 = :y1; rescue Exception; end
GC.start
begin; v3 = {:k0 => self}; rescue Exception; end
begin; K0 = 19.5; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  v5 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  v6 = lambda do |k0: 1, **kws|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
    GC.start
    k0
  end
rescue Exception
end
begin
  Array.send(:define_method, :m2) do |k0: 1|
    begin
      def m4(a0, o0 = 0, *rest, k0: 1, &blk)
        :y1
      end
    rescue Exception
    end
    begin; v7 = v5.resume(1); rescue Exception; end
    k0
  end
rescue Exception
end
begin; Object.send(:define_method, :m5, v6); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; 30.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class C1 < Array
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
  class Numeric
    begin; alias_method :m6, :"-@"; rescue Exception; end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v6[1] = $stash.shift }; rescue Exception; end
begin; C1.instance_variable_set(:@k2, v3); rescue Exception; end
GC.start
