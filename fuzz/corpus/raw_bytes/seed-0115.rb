GC.start
begin; K0 = 3; rescue Exception; end
begin
  v0 = ->(a0, &blk) do
    GC.start
    self
  end
rescue Exception
end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class C0 < String
    begin; v2 = C0.new(); rescue Exception; end
    begin; v3 = nil.respond_to?(:m0); rescue Exception; end
    begin
      class << v3
        begin
          v4 = Fiber.new do |x|
            Fiber.yield(x)
            76
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
        begin; v4.m1(1); rescue Exception; end
      end
    rescue Exception
    end
    begin; p 16.5; rescue Exception; end
  end
rescue Exception
end
begin; v5 = K0.respond_to?(:m2); rescue Exception; end
begin
  def v1.m0(a0, a1)
    begin; C0.send(:alias_method, :m1, :m3); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v6 = v5.respond_to?(:m4, true); rescue Exception; end
begin; v7 = v6.codepoints(k0: self); rescue Exception; end
begin; v8 = v7.send(:entries); rescue Exception; end
begin; v1.class_eval("begin\n  class C1\n    begin; Enumerable.send(:alias_method, :m2, :entries); rescue Exception; end\n    begin; v9 = []; rescue Exception; end\n    begin; C1.send(:alias_method, :m5, :entries); rescue Exception; end\n  end\nrescue Exception\nend\nbegin; K1 = K0; rescue Exception; end"); rescue Exception; end
begin
  module M2
    begin; v10 = C0.instance_method(:m3); rescue Exception; end
    begin
      class << v10
        GC.start
        begin; v11 = 19; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  class << v8
    begin; true.public_send(:puts, 1); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m6, :puts); rescue Exception; end
begin
  v13 = Class.new(Object) do
    begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v8.public_send(:m9, v1); rescue Exception; end
begin
  class C4
    begin; v14 = C4.new(1); rescue Exception; end
    begin; v15 = v14.respond_to?(:m10); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v16 = v12.resume(1); rescue Exception; end
begin
  v17 = ->(a0, o0 = 0) do
    v16
  end
rescue Exception
end
begin; v18 = Struct.new(:f0); rescue Exception; end
begin
  v19 = proc do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v13.singleton_class.send(:alias_method, :m11, :entries); rescue Exception; end
begin; v20 = v12.resume(1); rescue Exception; end
begin; v21 = []; rescue Exception; end
begin; v22 = C3.new(); rescue Exception; end
begin; v18.send(:include, Comparable); rescue Exception; end
begin
  class C5 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; K2 = "s15"; rescue Exception; end
    begin; v23 = Object.new(); rescue Exception; end
    begin
      module M6
        begin; C0.send(:undef_method, :entries); rescue Exception; end
        begin
          C4.send(:define_method, :m5) do |a0, a1|
            begin; v24 = 16.5.method(:entries); rescue Exception; end
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v25 = self.send(:m0, v1, *v21, k0: 3); rescue Exception; end
