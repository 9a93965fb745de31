GC.start
begin
  Array.send(:define_method, :m0) do |o0 = 0|
    begin; v0 = 18; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class C0 < String
    begin; v1 = C0.new(); rescue Exception; end
    begin; v2 = v1.send(:m0, k0: self); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = proc do
    begin
      v4 = Proc.new do |a0|
        a0
      end
    rescue Exception
    end
    (3..3)
  end
rescue Exception
end
begin
  v3.send(:index) do |a0, a1|
    begin; K0 = self; rescue Exception; end
    begin
      Object.send(:define_method, :m0) do |a0, &blk|
        begin
          30.times do |i|
            begin; v3.singleton_class.send(:alias_method, :m1, :m1); rescue Exception; end
          end
        rescue Exception
        end
        (0..1)
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.send(:define_method, :m0, v3); rescue Exception; end
begin; K1 = v3; rescue Exception; end
begin
  module M1
    begin
      v5 = Class.new(Object) do
        begin; v6 = "s6"; rescue Exception; end
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
          def v6.m0(a0)
            38
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v7 = v5.instance_method(:to_proc); rescue Exception; end
  end
rescue Exception
end
begin
  v3.instance_eval do
    begin; v8 = C0.new(); rescue Exception; end
    begin; v8.singleton_class.send(:remove_method, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; eval("begin\n  class C3 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; v9 = :y2; rescue Exception; end\n    begin; Range.send(:alias_method, :m3, :m4); rescue Exception; end\n    begin; v10 = :y5.respond_to?(:m5); rescue Exception; end\n    begin; v11 = Hash.instance_method(:index); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; C3.send(:alias_method, :m6, :index); rescue Exception; end
begin; v12 = v3.respond_to?(:sum); rescue Exception; end
begin
  v13 = lambda do |o0 = 0|
    begin
      v3.singleton_class.send(:define_method, :m7) do
        begin; v14 = {}; rescue Exception; end
        v12
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v15 = {:k0 => v12}; rescue Exception; end
begin
  v17 = self.to_proc(1) do
    begin; C3.send(:alias_method, :m8, :to_proc); rescue Exception; end
    begin; v16 = v12.respond_to?(:index); rescue Exception; end
    v13
  end
rescue Exception
end
begin; v18 = v12.respond_to?(:m1); rescue Exception; end
begin
  v3.instance_eval do
  end
rescue Exception
end
begin; v19 = C0.new(self, true); rescue Exception; end
GC.start
begin; v15.singleton_class.send(:alias_method, :m9, :m1); rescue Exception; end
GC.start
begin
  class Hash
    begin; alias m7 to_proc; rescue Exception; end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v20 = Class.new(Object) do
    begin; v21 = 14.5; rescue Exception; end
  end
rescue Exception
end
