GC.start
begin
  v0 = proc do |a0, a1|
    begin; v1 = Object.new(:y0, k0: 3); rescue Exception; end
    76
  end
rescue Exception
end
begin
  v0.send(:to_s, v0) do |a0, *rest|
    begin
      class Integer
        begin; alias m0 to_int; rescue Exception; end
        begin; alias_method :m0, :downto; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v0.to_proc; rescue Exception; end
begin; v4 = v0.respond_to?(:m1); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = true.respond_to?(:to_int, true); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      v6 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        blk
      end
    rescue Exception
    end
    begin; v7 = [10, 20, 30, 40][v6]; rescue Exception; end
  end
rescue Exception
end
begin; v2.send(:alias_method, :m2, :downto); rescue Exception; end
GC.start
begin; v0.singleton_class.send(:define_method, :m1, v3); rescue Exception; end
begin
  def m3(o0 = 0)
    GC.start
    self
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  v10 = Fiber.new do |x|
    begin
      v8 = proc do
        begin; v0.instance_variable_set(:@i2, :y1); rescue Exception; end
        v3
      end
    rescue Exception
    end
    begin
      v9 = v8.method(:source_location).call(1) do |k0: 1|
        true
      end
    rescue Exception
    end
    Fiber.yield(x)
    :y0
  end
rescue Exception
end
begin; v11 = v2.instance_variable_get(:@i0); rescue Exception; end
begin; C1.instance_variable_set(:@k1, self); rescue Exception; end
begin; v12 = C1.new(); rescue Exception; end
begin; v13 = [v11]; rescue Exception; end
begin
  class << v2
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m0, :downto); rescue Exception; end
