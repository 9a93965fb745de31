GC.start
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  v0 = Class.new(Exception) do
    begin; Object.const_set(:K0, :y0); rescue Exception; end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Integer.instance_method(:m0); rescue Exception; end
begin; v3 = C0.new(v2, :y3); rescue Exception; end
begin; v4 = (0..1).respond_to?(:m1, true); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m2(a0, &blk)
        begin; C0.send(:remove_method, :none?); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = Float(v2); rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m0, v2); rescue Exception; end
begin; v6 = (v3..v4).include?(v3); rescue Exception; end
begin
  class C2 < String
    begin; v7 = Object.new(); rescue Exception; end
    begin; v8 = v7.respond_to?(:m3); rescue Exception; end
    begin; v7.singleton_class.send(:alias_method, :m4, :m4); rescue Exception; end
  end
rescue Exception
end
begin; v9 = C0.new(); rescue Exception; end
begin; C2.class_variable_set(:@@k2, "s2"); rescue Exception; end
begin
  def v0.m5(o0 = 0)
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v10 = [(3..6)]; rescue Exception; end
        rest
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  class << v3
    begin
      class C3 < Hash
        begin
          v11 = proc do
            begin; Numeric.send(:alias_method, :m7, :"=="); rescue Exception; end
            11
          end
        rescue Exception
        end
        begin
          class << v11
            GC.start
            begin; v12 = 72.respond_to?(:m8); rescue Exception; end
            begin; Integer.send(:alias_method, :m1, :none?); rescue Exception; end
          end
        rescue Exception
        end
        begin; v11.inspect(&v11); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class Integer
        begin; alias m9 succ; rescue Exception; end
      end
    rescue Exception
    end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    Fiber.yield(x)
    v3
  end
rescue Exception
end
begin; v15 = nil; rescue Exception; end
begin; C3.class_variable_set(:@@k1, 4); rescue Exception; end
begin
  def m10(a0, a1)
    begin; v16 = C0.new(:y4); rescue Exception; end
    88
  end
rescue Exception
end
begin; v17 = v9.dup; rescue Exception; end
begin; p v15; rescue Exception; end
begin
  v18 = Fiber.new do |x|
    Fiber.yield(x)
    (2..5)
  end
rescue Exception
end
begin
  class << v0
    begin; (4..5).send(:succ, 1); rescue Exception; end
    begin; v19 = true.m11(); rescue Exception; end
  end
rescue Exception
end
begin; v20 = v17.singleton_class; rescue Exception; end
begin
  Hash.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v21 = proc do |a0|
        begin; raise RuntimeError, "x"; rescue Exception; end
        self
      end
    rescue Exception
    end
    begin
      3.times do |i|
        begin; v22 = :y4; rescue Exception; end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin; C2.class_variable_set(:@@k2, (0..4)); rescue Exception; end
begin; C0.send(:prepend, Comparable); rescue Exception; end
