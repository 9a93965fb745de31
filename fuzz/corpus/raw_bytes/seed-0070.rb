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
begin; v4 = [:y5].include?((2..5)); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(2) { |j| { j => "h#{j}" } }); rescue Exception; end
