begin; ($stash ||= []).concat(Array.new(8) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  v0 = proc do |a0|
    a0
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  def v1.m0(a0, *rest)
    begin; v2 = Object.new(true); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v3 = [self, v1, v0]; rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :insert); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do
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
        begin; v4 = Object.new(:y5, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v5 = "s8".respond_to?(:m1); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; v6 = nil; rescue Exception; end
begin
  class << v0
    begin; alias_method :m2, :each; rescue Exception; end
    begin
      v7 = Proc.new do
        (2..6)
      end
    rescue Exception
    end
    begin
      def m0(a0)
        "s5"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin; v8 = String(v0); rescue Exception; end
begin
  v9 = ->(k0: 1, **kws) do
    begin; v10 = "s2"; rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
    v0
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k2, "s10"); rescue Exception; end
begin
  v12 = Fiber.new do |x|
    begin
      v0.singleton_class.send(:define_method, :m0) do |a0, *rest, p0|
        begin
          def v3.m3(a0)
            a0
          end
        rescue Exception
        end
        rest
      end
    rescue Exception
    end
    Fiber.yield(x)
    17
  end
rescue Exception
end
begin
  class << v1
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      Range.class_eval do
        begin
          nil.m4(k0: 2) do
            true
          end
        rescue Exception
        end
        begin; v13 = Object.instance_variable_get(:@k0); rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = true; rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  begin
    begin
      class << v8
        begin; v14 = Object.new(k0: K0); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
begin
  v15 = Class.new(Array) do
    begin; v16 = :y2.respond_to?(:m5, true); rescue Exception; end
    begin; v17 = C1.new(); rescue Exception; end
    begin; v18 = [v16, true].uniq.size; rescue Exception; end
    begin; v19 = v18.method(:m6); rescue Exception; end
  end
rescue Exception
end
GC.start
