begin; Hash.send(:alias_method, :m0, :downto); rescue Exception; end
begin
  5.5.send(:"-") do |a0, *rest|
    true
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v0 = C0.new(); rescue Exception; end
    begin
      C0.send(:define_method, :m1) do
        begin; v1 = C0.new(1); rescue Exception; end
        v0
      end
    rescue Exception
    end
    GC.start
    begin
      v3 = v0.send(:m2, 1) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v2 = v0.singleton_class; rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  C0.send(:define_method, :m3) do |a0, &blk|
    begin
      v4 = Class.new(Object) do
        begin; v5 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin
  class << v6
    begin; v7 = C0.new(); rescue Exception; end
    begin
      def m4()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M2
    GC.start
  end
rescue Exception
end
begin; v8 = 86; rescue Exception; end
begin; C1.send(:undef_method, :m4); rescue Exception; end
begin
  v9 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v10 = Class.new(Object) do
        begin; :y5.send(:m5, 73, :y2); rescue Exception; end
        begin; v11 = 16.5.method(:"+").call((3..4), k0: 3); rescue Exception; end
        begin
          v12 = lambda do |a0|
            begin; C0.send(:alias_method, :m6, :downto); rescue Exception; end
            GC.start
            v11
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      module M5
        begin
          class C6 < Array
            begin; K0 = "s15"; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def v10.m7(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v13 = true.m6(1); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = v9.clone; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  def v9.m5()
    begin
      v15 = Fiber.new do |x|
        GC.start
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    :y4
  end
rescue Exception
end
begin; v16 = C4.new(); rescue Exception; end
begin
  module M7
    GC.start
    begin
      def m8(a0, a1)
        begin; Numeric.send(:alias_method, :m9, :m0); rescue Exception; end
        begin; v17 = C4.new(k0: 6.5); rescue Exception; end
        K0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v18 = v9.respond_to?(:m10); rescue Exception; end
begin
  class C8 < C3
    begin
      v19 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K1 = nil; rescue Exception; end
