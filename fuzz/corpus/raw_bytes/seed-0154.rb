begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    GC.start
    begin
      v1 = lambda do
        GC.start
        2.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    rest
  end
rescue Exception
end
begin
  module M0
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
    begin; M0.send(:remove_method, :m1); rescue Exception; end
    begin
      begin
        begin
          5.times do |i|
            begin
              def m2(k0: 1)
                k0
              end
            rescue Exception
            end
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
      rescue => e
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
  end
rescue Exception
end
begin; v2 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; v5 = Numeric.instance_method(:m3); rescue Exception; end
begin
  def v2.m4(a0, a1)
    a0
  end
rescue Exception
end
begin
  def v3.m5(a0, a1)
    begin; ($stash ||= []).concat(Array.new(2) { |j| [[j], { j => [j] }] }); rescue Exception; end
    "s5"
  end
rescue Exception
end
begin; v6 = [10, 20, 30, 40][v5]; rescue Exception; end
GC.start
