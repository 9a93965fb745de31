begin; v0 = [(2..2)]; rescue Exception; end
begin; v1 = v0.respond_to?(:m0); rescue Exception; end
begin
  v2 = lambda do |a0, *rest|
    rest
  end
rescue Exception
end
begin
  v3 = Class.new(Hash) do
    begin
      def self.m0()
        begin
          v4 = Proc.new do |a0|
            begin; v5 = 54.respond_to?(:m0, true); rescue Exception; end
            "s6"
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    begin; v6 = 48.respond_to?(:m1, true); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = Class.new(Object) do
    begin
      def m2()
        98
      end
    rescue Exception
    end
    begin; String.send(:alias_method, :m3, :between?); rescue Exception; end
    begin
      def m1(a0, a1)
        :y2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m4, :between?); rescue Exception; end
begin; v8 = v1.m5(v0); rescue Exception; end
begin; v9 = C0.class_variable_get(:@@k1); rescue Exception; end
begin
  class C2
    begin; v10 = C0.new(83); rescue Exception; end
    begin; v10.instance_variable_set(:@i3, (2..6)); rescue Exception; end
    begin; alias m0 between?; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = lambda do
    begin
      v12 = proc do
        begin; v13 = v7.instance_method(:m4); rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    v8
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v15 = C0.class_variable_get(:@@k2); rescue Exception; end
begin; v16 = Object.new(v8, *v0, k0: 3); rescue Exception; end
begin; p v11; rescue Exception; end
begin
  Array.send(:define_method, :m6) do
    begin
      def m6(a0, o0 = 0)
        begin; v17 = 27; rescue Exception; end
        o0
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v18 = v14.resume(1); rescue Exception; end
begin
  v3.instance_eval do
  end
rescue Exception
end
