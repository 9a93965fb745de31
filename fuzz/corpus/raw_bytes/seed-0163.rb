begin; ($stash ||= []).concat(Array.new(8) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  module M0
    begin; alias m0 dig; rescue Exception; end
    begin; v0 = 30; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v1 = Object.new(self); rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  begin
    begin
      r1001 = 0
      begin
        begin; v2 = v1.method(:each_with_object); rescue Exception; end
        begin; v3 = v2.respond_to?(:m0, true); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r1001 += 1
        retry if r1001 < 2
      ensure
        begin; K0 = self; rescue Exception; end
      end
    rescue Exception
    end
    begin
      Array.send(:define_method, :m1) do
        v1
      end
    rescue Exception
    end
  rescue => e
    begin; v4 = [K0, v1, K0].sort { |x, y| y <=> x }; rescue Exception; end
  ensure
    begin; v5 = v1.respond_to?(:m1); rescue Exception; end
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v6 = C1.new(); rescue Exception; end
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
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin
  module M2
    begin; v7 = {}; rescue Exception; end
    begin
      def m2(a0, *rest, p0)
        begin
          C1.send(:define_method, :m3) do |o0 = 0|
            o0
          end
        rescue Exception
        end
        93
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = "abc" + self; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin
  v9 = Proc.new do |a0|
    begin; C1.send(:include, Comparable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v9.send(:inspect, 1); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin; C1.send(:alias_method, :m0, :each_with_object); rescue Exception; end
begin; K1 = v10; rescue Exception; end
GC.start
begin; K2 = v8; rescue Exception; end
begin; C1.send(:include, M2); rescue Exception; end
begin
  def v10.m4(a0)
    begin; C1.send(:alias_method, :m5, :dig); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  module M3
    begin
      class C4
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; self.m4(v10); rescue Exception; end
begin; v12 = nil; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v9.instance_eval("GC.start"); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  v15 = v9.send(:initialize_copy, K2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v8
        begin; v13 = {:k0 => 1.5}; rescue Exception; end
        begin
          begin
            begin; Integer.send(:alias_method, :m6, :each_with_object); rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        begin; v14 = C4.new(k0: v13); rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  class << v15
    begin; v16 = C4.new(); rescue Exception; end
    begin; C4.class_variable_set(:@@k1, v16); rescue Exception; end
  end
rescue Exception
end
begin; v17 = v9.to_proc; rescue Exception; end
GC.start
