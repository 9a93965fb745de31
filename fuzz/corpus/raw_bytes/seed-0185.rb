begin; ($stash ||= []).concat(Array.new(9) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  module M0
    begin; p "s3"; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin; 50.times { |i| Object.new }; rescue Exception; end
    begin; v2 = self.send(:m0, (3..6), k0: 3); rescue Exception; end
    :y3
  end
rescue Exception
end
begin; v3 = [:y5, :y3, v0]; rescue Exception; end
begin; v3 << v3; rescue Exception; end
begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  v5 = Class.new(Numeric) do
    begin
      v6 = ->() do
        true
      end
    rescue Exception
    end
    begin
      class << v6
        begin; alias_method :m1, :max; rescue Exception; end
        begin; self.send(:include, M0); rescue Exception; end
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m2, :puts); rescue Exception; end
    begin; C1.send(:alias_method, :m3, :center); rescue Exception; end
  end
rescue Exception
end
begin; v7 = []; rescue Exception; end
begin
  class String
    begin; alias_method :m4, :center; rescue Exception; end
  end
rescue Exception
end
begin; v3 << 52; rescue Exception; end
begin
  v8 = lambda do
    begin; v9 = C1.new(v4); rescue Exception; end
    v7
  end
rescue Exception
end
begin; v10 = v8.to_proc; rescue Exception; end
begin
  class << v7
    begin; v11 = Object.new(self, :y1); rescue Exception; end
    begin; v12 = v11.respond_to?(:m5); rescue Exception; end
    begin
      3.times do |i|
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
begin; v13 = C1.new(self); rescue Exception; end
begin; v14 = v7.clone; rescue Exception; end
begin
  v15 = proc do |a0|
    begin
      class C2 < C1
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v16 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v17 = Fiber.new do |x|
    Fiber.yield(x)
    v3
  end
rescue Exception
end
begin
  def m0(a0, *rest)
    begin; v18 = 83.method(:m0).call(:y2, self); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v18.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v19 = proc do |a0, o0 = 0|
    begin
      class C3
        begin; v20 = Object.new(); rescue Exception; end
        begin; Kernel.send(:alias_method, :m6, :puts); rescue Exception; end
        begin; :y5.send(:max, k0: 48); rescue Exception; end
        begin; v21 = 3.method(:"^").call(v20, v20); rescue Exception; end
      end
    rescue Exception
    end
    v14
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m7, :center); rescue Exception; end
begin
  class C4
    begin
      def m8(a0)
        begin; v22 = (2..2).send(:m9); rescue Exception; end
        begin; v23 = C1.new(k0: 2); rescue Exception; end
        17.5
      end
    rescue Exception
    end
    begin; C4.send(:include, M0); rescue Exception; end
    begin; ($stash ||= []).concat(Array.new(7) { |j| [j, "a#{j}"] }); rescue Exception; end
  end
rescue Exception
end
begin; v24 = v17.resume(1); rescue Exception; end
begin; v25 = C1.class_variable_get(:@@k2); rescue Exception; end
begin; v26 = Object.new(); rescue Exception; end
