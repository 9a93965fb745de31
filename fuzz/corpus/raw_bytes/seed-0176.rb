GC.start
begin; String.send(:alias_method, :m0, :tap); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
GC.start
begin; v0.singleton_class.send(:alias_method, :m1, :first); rescue Exception; end
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin
  class << v0
    begin; v2 = :y4.respond_to?(:m0); rescue Exception; end
    begin; self.m2(-1.5, k0: 3); rescue Exception; end
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; self.m3(); rescue Exception; end
begin
  class << v1
    begin; Numeric.send(:alias_method, :m4, :first); rescue Exception; end
    begin; Integer.send(:alias_method, :m5, :first); rescue Exception; end
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m5, :first; rescue Exception; end
  end
rescue Exception
end
begin; K0 = 61; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = {}; rescue Exception; end
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
    begin; v4 = C0.new(); rescue Exception; end
    begin; v5 = v4.respond_to?(:m3, true); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v7 = v0.singleton_class; rescue Exception; end
    v1
  end
rescue Exception
end
GC.start
begin
  v10 = v0.send(:m6, v0, k0: 3) do |a0, *rest|
    begin
      v8 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; alias_method :m7, :tap; rescue Exception; end
        GC.start
        begin; v9 = 52.method(:m0); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v11 = v0.m8(k0: v6); rescue Exception; end
begin; v6.instance_eval("begin; raise ArgumentError, \"x\"; rescue Exception; end\nbegin; self.m9(1); rescue Exception; end"); rescue Exception; end
begin; String.send(:alias_method, :m10, :first); rescue Exception; end
begin; v12 = v6.respond_to?(:m11); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v13 = [73, :y1].sort; rescue Exception; end
begin
  v6.singleton_class.send(:define_method, :m9) do |a0, &blk|
    begin; v14 = C1.instance_variable_get(:@k0); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v15 = v12.m6(1); rescue Exception; end
begin
  v16 = proc do |a0, *rest, p0|
    begin
      class << v13
        begin; Object.class_eval("begin\n  def self.m6()\n    78\n  end\nrescue Exception\nend"); rescue Exception; end
        begin
          v17 = lambda do
            begin
              C0.send(:define_method, :m2) do |a0, *rest|
                self
              end
            rescue Exception
            end
            98
          end
        rescue Exception
        end
        begin; C0.class_variable_set(:@@k0, :y5); rescue Exception; end
      end
    rescue Exception
    end
    p0
  end
rescue Exception
end
begin
  C0.class_eval do
    begin; v18 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; v19 = v1 == v12; rescue Exception; end
begin; v20 = [v16, v6].max; rescue Exception; end
begin; v21 = C1.new(); rescue Exception; end
begin; "s0".tap(); rescue Exception; end
begin
  def m11(a0)
    begin; v22 = { 22 => 1, 19.5 => 2 }[22]; rescue Exception; end
    begin; v23 = Object.new(); rescue Exception; end
    nil
  end
rescue Exception
end
