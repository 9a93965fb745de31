GC.start
begin
  Object.send(:define_method, :m0) do |a0, &blk|
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    self
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m1) do |a0, a1|
    a1
  end
rescue Exception
end
begin; Object.send(:alias_method, :m2, :message); rescue Exception; end
begin; v0 = self.respond_to?(:m3, true); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin
  Range.send(:define_method, :m4) do |k0: 1, **kws|
    v1
  end
rescue Exception
end
begin
  v2 = lambda do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v3 = []; rescue Exception; end
begin; Object.send(:alias_method, :m5, :m2); rescue Exception; end
begin; String.send(:define_method, :m6, v2); rescue Exception; end
begin
  v4 = v2.m7() do |k0: 1, **kws|
    nil
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m8, :drop); rescue Exception; end
GC.start
begin; Object.class_variable_set(:@@k2, self); rescue Exception; end
begin
  def m9(a0)
    begin; v5 = 1 + 99; rescue Exception; end
    begin; v6 = a0 == v5; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v7 = Fiber.new do |x|
    begin; 30.times { |i| v3 << i.to_s }; rescue Exception; end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin
  class C0
    begin; v8 = C0.new(7.5, k0: 3); rescue Exception; end
    begin
      class << v8
        begin; C0.send(:alias_method, :m1, :message); rescue Exception; end
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        begin; v9 = 80.send(:to_s); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v8
        begin
          Integer.send(:define_method, :m10) do |a0|
            begin; C0.class_variable_set(:@@k2, self); rescue Exception; end
            73
          end
        rescue Exception
        end
        begin; v10 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v11 = proc do
    begin; v12 = C0.new(:y1, 16.5); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v13 = v7.resume(1); rescue Exception; end
begin
  class << v3
    begin
      def m0()
        begin; v14 = C0.new(); rescue Exception; end
        (1..3)
      end
    rescue Exception
    end
    begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v16 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v17 = v11.instance_variable_get(:@i1); rescue Exception; end
begin
  def v2.m11(a0, o0 = 0)
    begin
      v18 = lambda do |a0, a1|
        begin; v19 = true; rescue Exception; end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :m9); rescue Exception; end
begin
  v20 = ->(a0, a1) do
    true
  end
rescue Exception
end
begin; v20.freeze; rescue Exception; end
begin; v3 << v2; rescue Exception; end
begin
  class << v0
    begin
      def m2(a0, &blk)
        begin; (1..5).send(:drop, k0: 2); rescue Exception; end
        begin; C0.send(:prepend, Enumerable); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m10, :message); rescue Exception; end
begin; self.method(:m5).call(); rescue Exception; end
