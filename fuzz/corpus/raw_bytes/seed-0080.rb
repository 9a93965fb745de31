begin; ($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  v0 = lambda do
    begin; v1 = Object.new(nil, 99); rescue Exception; end
    (3..6)
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :bsearch); rescue Exception; end
begin
  Object.send(:define_method, :m1) do |a0, a1|
    begin
      v3 = Class.new(Array) do
        begin
          class C1
            begin; v4 = C1.new(k0: 2); rescue Exception; end
            begin; alias m0 clamp; rescue Exception; end
            begin; v5 = "s6"; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C1.class_variable_set(:@@k1, :y4); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  class << v2
    begin
      "s1".public_send(:m1, (2..5)) do |a0, &blk|
        begin; alias_method :m2, :clamp; rescue Exception; end
        begin; Comparable.send(:alias_method, :m3, :clamp); rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin; v6 = 49.method(:each); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:include, Enumerable); rescue Exception; end
begin; v7 = C1.new(); rescue Exception; end
begin; v8 = v0.respond_to?(:m4, true); rescue Exception; end
begin; Comparable.send(:alias_method, :m2, :"<"); rescue Exception; end
begin; v7.send(:m5); rescue Exception; end
begin
  class << v7
    begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; v10 = self.method(:m6).call("s4"); rescue Exception; end
    begin
      class C2 < StandardError
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; K0 = :y3; rescue Exception; end
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
begin; v11 = 6.5.respond_to?(:m7); rescue Exception; end
begin; v7.extend(Comparable); rescue Exception; end
begin
  class << v0
    begin; C2.send(:alias_method, :m8, :m9); rescue Exception; end
    begin; p 34; rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v11.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
GC.start
