GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; v1 = []; rescue Exception; end
    begin
      def self.m0(a0, *rest, p0)
        begin; 100.times { |i| Object.new }; rescue Exception; end
        p0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = v0.m0() do
    begin
      1.times do |i|
        begin
          class << v0
            begin; Object.send(:alias_method, :m0, :each); rescue Exception; end
            begin; v2 = Struct.new(:f0); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v4 = {:k0 => v3, :k1 => true}; rescue Exception; end
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v6 = ->(a0, a1) do
        self
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; v7 = true.respond_to?(:m0); rescue Exception; end
begin; p v3; rescue Exception; end
begin; v8 = true.respond_to?(:m0, true); rescue Exception; end
begin; v9 = true; rescue Exception; end
begin; v0.instance_variable_set(:@i3, 46); rescue Exception; end
begin; v4.singleton_class.send(:define_method, :m0, v5); rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
GC.start
begin
  def m1(k0: 1)
    begin
      def m2(a0, *rest)
        "s16"
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v4["s11"] = v3; rescue Exception; end
begin; Array.send(:alias_method, :m3, :each); rescue Exception; end
begin
  v11 = Fiber.new do |x|
    begin; Array.send(:define_method, :m4, v5); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v12 = v4.singleton_class; rescue Exception; end
begin
  class << v4
    begin; alias m5 m5; rescue Exception; end
    GC.start
    begin
      def m0()
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        begin; raise ArgumentError, "x"; rescue Exception; end
        (3..5)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = self.send(:m6, 1) do |a0, &blk|
    begin; v13 = (1..2).respond_to?(:m7); rescue Exception; end
    v0
  end
rescue Exception
end
