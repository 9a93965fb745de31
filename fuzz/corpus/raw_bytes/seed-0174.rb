GC.start
GC.start
begin
  v1 = 68.send(:"+") do
    begin; v0 = {}; rescue Exception; end
    true
  end
rescue Exception
end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; Array.class_eval("begin; 50.times { |i| proc { i } }; rescue Exception; end\nbegin; 18.5.step(k0: 2); rescue Exception; end"); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v1.then(v1); rescue Exception; end
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m0, :abs); rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v3 = v1.m1(1); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  class Exception
    begin; alias m2 message; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; v4 = Object.new(); rescue Exception; end
    begin
      v4.instance_eval do
        begin; K0 = v4; rescue Exception; end
      end
    rescue Exception
    end
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
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  30.times do |i|
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v6 = Object.new(k0: (1..4)); rescue Exception; end
begin; v7 = Object.new(v3, k0: 3); rescue Exception; end
begin
  class << v3
    begin
      class C0 < String
        GC.start
      end
    rescue Exception
    end
    begin
      def self.m0(a0)
        begin; Object.send(:alias_method, :m3, :to_enum); rescue Exception; end
        begin
          v8 = :y2.casecmp(4.5) do |a0, *rest, p0|
            a0
          end
        rescue Exception
        end
        3
      end
    rescue Exception
    end
    begin; alias m4 to_enum; rescue Exception; end
  end
rescue Exception
end
begin
  def v6.m5(a0, o0 = 0)
    begin; v9 = {}; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v10 = self.m0(true) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v11 = [(3..5), v1, v10]; rescue Exception; end
begin
  30.times do |i|
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      C0.send(:define_method, :m6) do |a0, &blk|
        begin; p v7; rescue Exception; end
        begin; v12 = v11.method(:m7); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m8, :to_enum); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  class << v10
    begin; alias_method :m9, :to_enum; rescue Exception; end
    begin
      def self.m5(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          C0.send(:define_method, :m8) do |a0, &blk|
            begin; 10.times { |i| [i, i] }; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          C0.send(:define_method, :m6) do |a0, &blk|
            begin; Integer.send(:alias_method, :m10, :message); rescue Exception; end
            97
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v7.singleton_class.send(:alias_method, :m11, :m6); rescue Exception; end
begin
  C0.send(:define_method, :m4) do
    v1
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :m0); rescue Exception; end
