begin; ($stash ||= []).concat(Array.new(5) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = "s11".method(:center); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  v1 = lambda do
    begin; String.send(:alias_method, :m0, :select); rescue Exception; end
    "s11"
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
begin; 100.times { |i| v2[i] = [i] }; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = Object.instance_method(:entries); rescue Exception; end
begin
  class << v2
    begin; v5 = 61.send(:"|", self); rescue Exception; end
    begin; Array.send(:alias_method, :m1, :fetch); rescue Exception; end
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; p o0; rescue Exception; end
        begin; v6 = [2]; rescue Exception; end
        9.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v3; rescue Exception; end
begin; v2.singleton_class.send(:define_method, :m0, v0); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = v2.singleton_class; rescue Exception; end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v9 = v4.respond_to?(:m3); rescue Exception; end
begin
  class Hash
    begin; alias m4 fetch; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin
      def self.m3()
        "s2"
      end
    rescue Exception
    end
    begin; v10 = nil; rescue Exception; end
    begin
      v11 = v10.entries("s4", k0: 3) do |a0|
        v10
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0
    begin; v12 = {:k0 => (1..5)}; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v3.instance_variable_get(:@i0); rescue Exception; end
begin
  v14 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v15 = :y3.respond_to?(:m5, true); rescue Exception; end
    begin
      def m6()
        begin; v16 = nil.send(:m7); rescue Exception; end
        begin; v17 = C0.new(k0: 2); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v18 = v1.method(:m5); rescue Exception; end
begin; v19 = []; rescue Exception; end
GC.start
