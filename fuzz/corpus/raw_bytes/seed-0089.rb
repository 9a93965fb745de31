begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  def m0(a0, o0 = 0)
    begin
      v0 = proc do
        begin; v1 = self.respond_to?(:m0); rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
        a0
      end
    rescue Exception
    end
    :y1
  end
rescue Exception
end
begin
  Object.class_eval do
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      def self.m1(a0, a1)
        begin; String.send(:alias_method, :m0, :"<=>"); rescue Exception; end
        begin; v2 = Object.new(k0: :y0); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p (0..4); rescue Exception; end
begin
  def m2(k0: 1)
    begin; v3 = (1..6).method(:m3); rescue Exception; end
    k0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v4 = [[nil], ["s13"]].flatten; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :"<=>"); rescue Exception; end
begin; v5 = (4..4).respond_to?(:m4, true); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1 << $stash.shift }
rescue Exception
end
begin; v6 = v5.m5(); rescue Exception; end
begin; Hash.send(:alias_method, :m5, :"<=>"); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v7 = v4.m6(v4, v6); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; K0 = 42; rescue Exception; end
begin; v9 = Object.new(v8); rescue Exception; end
begin
  v11 = v8.public_send(:m3, 1) do |a0|
    begin
      v10 = proc do |o0 = 0|
        begin; Object.instance_variable_set(:@k1, v7); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      class C0 < Array
        begin
          def m5(a0, a1)
            begin; 19.times(1); rescue Exception; end
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v7
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v12 = true; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C1.new(); rescue Exception; end
begin; v14 = true; rescue Exception; end
begin; v15 = "s14".method(:"<=>"); rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m7, :"<=>"); rescue Exception; end
GC.start
