GC.start
begin
  Integer.send(:define_method, :m0) do |a0, *rest, p0|
    begin; Object.const_set(:K0, -2); rescue Exception; end
    rest
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m0, :succ; rescue Exception; end
  end
rescue Exception
end
begin
  v0 = Class.new(String) do
    begin
      begin
        begin; v1 = C0.instance_method(:m0); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v2 = C0.new(self); rescue Exception; end
        begin; v3 = e.respond_to?(:m1); rescue Exception; end
      end
    rescue Exception
    end
    begin; self.send(:include, Comparable); rescue Exception; end
    begin; v4 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.extend(Comparable); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :succ); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(3) { |j| [j, "a#{j}"] }); rescue Exception; end
begin
  class Integer
    begin; alias m0 succ; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :succ); rescue Exception; end
begin; v5 = v0.clone; rescue Exception; end
begin
  def m4(k0: 1)
    begin; String.send(:alias_method, :m3, :collect_concat); rescue Exception; end
    begin; true.send(:m1, k0: k0); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  module M1
    begin
      v6 = proc do |a0, *rest, p0|
        begin; C0.instance_variable_set(:@k2, true); rescue Exception; end
        begin
          def m3(a0)
            begin; v7 = a0.respond_to?(:m6); rescue Exception; end
            :y0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v5
    begin
      class C2 < C0
        begin; v8 = C2.new(); rescue Exception; end
        begin; v8.m7(v8); rescue Exception; end
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        begin; 100.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
    begin; Array.send(:alias_method, :m7, :m8); rescue Exception; end
    begin
      v9 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
        begin
          def self.m6()
            begin; v10 = [43, 25, 43].sort { |x, y| y <=> x }; rescue Exception; end
            begin; v11 = C2.instance_variable_get(:@k2); rescue Exception; end
            "s14"
          end
        rescue Exception
        end
        begin
          module M3
            begin; K1 = "s0"; rescue Exception; end
            begin; raise RuntimeError, "x"; rescue Exception; end
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(8) { |j| [j, "a#{j}"] }); rescue Exception; end
begin; v12 = v5.method(:rjust); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  class C4 < Array
    begin; Object.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v5.extend(M3); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :rjust); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m9, :collect_concat); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m10, :succ); rescue Exception; end
begin
  class << v12
    begin; Array.send(:alias_method, :m11, :collect_concat); rescue Exception; end
    begin; C2.class_variable_set(:@@k2, 28); rescue Exception; end
  end
rescue Exception
end
begin; v5.extend(M1); rescue Exception; end
begin
  class C5 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C2.send(:define_method, :m7) do |k0: 1|
        61
      end
    rescue Exception
    end
    begin; v13 = C4.new(); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v13.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
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
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v12.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5 << $stash.shift }; rescue Exception; end
