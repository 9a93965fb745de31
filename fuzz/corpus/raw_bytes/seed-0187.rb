begin; ($stash ||= []).concat(Array.new(11) { |j| Object.new }); rescue Exception; end
GC.start
begin; raise TypeError, "x"; rescue Exception; end
begin
  String.class_eval do
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
begin; ($stash ||= []).concat(Array.new(4) { |j| proc { j } }); rescue Exception; end
begin; C0.send(:remove_method, :p); rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :"!~"); rescue Exception; end
GC.start
begin; v0 = {:k0 => 98}; rescue Exception; end
begin; v0[nil] = v0; rescue Exception; end
begin
  def v0.m0(a0, *rest, p0)
    a0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin
  class C0 < Array
    begin; v1 = Integer.instance_method(:each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
begin; v2 = C0.instance_method(:p); rescue Exception; end
begin
  v5 = self.send(:m0) do
    begin; v3 = v0.send(:default, k0: :y0); rescue Exception; end
    begin; v4 = v2.method(:"!~").call(); rescue Exception; end
    self
  end
rescue Exception
end
begin
  3.times do |i|
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m0] = $stash.shift }; rescue Exception; end
  end
rescue Exception
end
begin; v6 = C0.new(v2, v0); rescue Exception; end
begin
  C0.send(:define_method, :m2) do |k0: 1|
    begin
      v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v8 = ->() do
            begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v6.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
            v2
          end
        rescue Exception
        end
        v6
      end
    rescue Exception
    end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    k0
  end
rescue Exception
end
GC.start
