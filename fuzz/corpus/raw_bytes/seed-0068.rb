begin; ($stash ||= []).concat(Array.new(9) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = (0..4).send(:to_a, :y1); rescue Exception; end
begin
  v1 = Class.new(Hash) do
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
begin; v2 = v1.send(:m0, v0, k0: 3); rescue Exception; end
begin; v3 = 56.respond_to?(:m1, true); rescue Exception; end
begin
  def v1.m1(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      C0.send(:define_method, :m0) do |a0, a1|
        begin; 300.times { |i| Object.new }; rescue Exception; end
        begin; v4 = 16.5.message(); rescue Exception; end
        a1
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; K0 = (2..2); rescue Exception; end
GC.start
