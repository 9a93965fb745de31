begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = Object.instance_variable_get(:@k0); rescue Exception; end
begin
  v1 = proc do
    begin; v2 = true; rescue Exception; end
    begin; p v0; rescue Exception; end
    (4..8)
  end
rescue Exception
end
begin
  module M0
    begin; 50.times { |i| { i => i } }; rescue Exception; end
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
GC.start
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m0, $stash.shift) }
rescue Exception
end
begin; v1.singleton_class.send(:undef_method, :none?); rescue Exception; end
GC.start
