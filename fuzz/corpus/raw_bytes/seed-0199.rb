GC.start
begin; Hash.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; v0 = [nil, 3.5]; rescue Exception; end
begin; v1 = (4..6).respond_to?(:m1); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  v2 = lambda do |o0 = 0|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v3 = v0.respond_to?(:m2); rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; v4 = Object.new(); rescue Exception; end
    begin
      class << v4
        begin; v5 = nil.method(:upto); rescue Exception; end
        begin; v6 = self.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin; v8 = v0.clone; rescue Exception; end
begin; v9 = self.m1(); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v10 = v1.m1(k0: v1); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; Range.send(:alias_method, :m4, :m5); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v12 = 1 + v10; rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; C0.class_variable_set(:@@k0, v10); rescue Exception; end
begin
  v12.m6() do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      2.times do |i|
        begin; v13 = Object.new(&v2); rescue Exception; end
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v7.singleton_class.send(:define_method, :m4, v2); rescue Exception; end
begin
  class << v9
    begin; v14 = C0.instance_method(:m6); rescue Exception; end
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
begin
  class << v0
    begin; C0.send(:undef_method, :m7); rescue Exception; end
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
  class C1 < String
    begin; alias m8 tap; rescue Exception; end
    begin
      C1.send(:define_method, :m9) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          def m10(a0, &blk)
            "s9"
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v15 = C0.new(1); rescue Exception; end
  end
rescue Exception
end
