begin; ($stash ||= []).concat(Array.new(12) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
GC.start
begin; K0 = true; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin
      Range.send(:define_method, :m0) do |a0, a1|
        begin; alias_method :m1, :m2; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v1 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k1, (4..6)); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m3, :negative?; rescue Exception; end
  end
rescue Exception
end
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
  GC.start
  h1 = {}
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[:m0] = $stash.shift }
rescue Exception
end
begin
  GC.start
  h2 = [nil, nil, nil]
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2[1] = $stash.shift }
rescue Exception
end
GC.start
