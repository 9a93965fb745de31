begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :between?); rescue Exception; end
begin
  v0 = Class.new(Object) do
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin; v1 = "s15"; rescue Exception; end
    begin
      v2 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class C1 < Hash
            begin
              def m1(a0)
                a0
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m0, :m2); rescue Exception; end
            begin; alias_method :m3, :select!; rescue Exception; end
            begin; v3 = [(1..2), 40, (1..2)].sort { |x, y| y <=> x }; rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; v4 = C0.new(73); rescue Exception; end
    begin; v5 = "s6"; rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m3) do |a0, a1|
    begin
      v6 = proc do |a0|
        begin; v7 = [a0]; rescue Exception; end
        begin
          class << v7
            begin; v8 = {}; rescue Exception; end
            begin; ($stash ||= []).concat(Array.new(4) { |j| { j => "h#{j}" } }); rescue Exception; end
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; v9 = v0.respond_to?(:between?, true); rescue Exception; end
begin; C1.class_variable_set(:@@k2, :y4); rescue Exception; end
begin
  def m4(a0, *rest, p0)
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin; v10 = C1.new(1); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  def v0.m3(a0, *rest)
    a0
  end
rescue Exception
end
begin
  def v0.m3(a0, a1)
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    17.5
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9 << $stash.shift }; rescue Exception; end
begin; v11 = "s6"; rescue Exception; end
begin
  Array.send(:define_method, :m5) do
    begin
      v12 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        v11
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:undef_method, :each_pair); rescue Exception; end
    (1..2)
  end
rescue Exception
end
begin
  class C2 < Hash
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          v13 = ->() do
            (1..6)
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < C1
    begin
      v14 = Class.new(C2) do
        begin; v15 = Hash.instance_method(:m7); rescue Exception; end
        begin; C4.send(:alias_method, :m6, :m7); rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v15.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v16 = 12; rescue Exception; end
    begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
  end
rescue Exception
end
begin
  class << v9
    begin
      class C5 < Numeric
        begin; v17 = 99.to_i(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m8(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v18 = [15.5]; rescue Exception; end
        begin; Object.const_set(:K0, :y4); rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K1 = v0; rescue Exception; end
begin
  v19 = Fiber.new do |x|
    begin
      C3.class_eval do
        begin; raise ArgumentError, "x"; rescue Exception; end
      end
    rescue Exception
    end
    begin; K2 = v0; rescue Exception; end
    Fiber.yield(x)
    v11
  end
rescue Exception
end
begin; v20 = self.send(:m9, 1); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v19[1] = $stash.shift }; rescue Exception; end
begin; v21 = String(true); rescue Exception; end
begin
  v22 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m10(o0 = 0)
        begin; v23 = 10.5; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      def m11(a0)
        begin
          v24 = proc do
            begin; v25 = (3..6).end(k0: true); rescue Exception; end
            2.5
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v26 = nil.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v11.size() do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          nil.m1(k0: 2) do |a0|
            v0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  class C7
    begin; C7.send(:prepend, Enumerable); rescue Exception; end
  end
rescue Exception
end
GC.start
