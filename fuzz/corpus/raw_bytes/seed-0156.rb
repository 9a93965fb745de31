begin; v0 = Object.new(); rescue Exception; end
begin; v1 = "abc" + (0..1); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; C0.send(:remove_method, :bsearch_index); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; v0.instance_eval("begin; 50.times { |i| proc { i } }; rescue Exception; end\nbegin; K0 = v1; rescue Exception; end"); rescue Exception; end
begin
  class C0 < Numeric
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v2 = C0.new(15.5, k0: 3); rescue Exception; end
    begin
      class << v2
        begin; v3 = C0.class_variable_get(:@@k2); rescue Exception; end
        begin; v4 = 1; rescue Exception; end
        begin; v5 = self.send(:m0, k0: v4); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v7 = v2.public_send(:m0, k0: self) do |a0, &blk|
        begin; v6 = v2.m1(); rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    GC.start
    begin
      def self.m1(a0, *rest, p0)
        begin; C0.send(:include, Comparable); rescue Exception; end
        p0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m2(a0)
    begin; v8 = Struct.new(:f0); rescue Exception; end
    begin
      v8.send(:define_method, :m3) do
        begin; raise ArgumentError, "x"; rescue Exception; end
        begin; v9 = v8.instance_variable_get(:@i1); rescue Exception; end
        nil
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v10 = (4..6); rescue Exception; end
GC.start
begin; C0.send(:alias_method, :m1, :yield_self); rescue Exception; end
begin
  v14 = Fiber.new do |x|
    begin
      v13 = Fiber.new do |x|
        begin; v11 = Object.new(); rescue Exception; end
        begin; v12 = C0.new(k0: 2); rescue Exception; end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  def v0.m0(k0: 1, **kws)
    k0
  end
rescue Exception
end
begin; v15 = v0.singleton_class; rescue Exception; end
begin; v16 = v15.new(); rescue Exception; end
begin; v16.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class << v15
    begin; v17 = nil.m6(k0: true); rescue Exception; end
  end
rescue Exception
end
begin; v18 = v15.instance_method(:m7); rescue Exception; end
begin; v19 = (2..3); rescue Exception; end
begin
  class << v1
    begin; C0.send(:remove_method, :entries); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  class << v0
    begin; v20 = C0.new(); rescue Exception; end
    begin; C0.instance_variable_set(:@k1, 9.5); rescue Exception; end
  end
rescue Exception
end
