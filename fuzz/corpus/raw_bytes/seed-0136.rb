begin
  v2 = :y5.send(:to_proc) do
    begin; v0 = Object.new(); rescue Exception; end
    begin
      String.class_eval do
        begin; v1 = Integer.instance_method(:m0); rescue Exception; end
      end
    rescue Exception
    end
    (1..2)
  end
rescue Exception
end
begin; v3 = v2.method(:m0); rescue Exception; end
begin
  class << v3
    begin; alias m1 any?; rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin; v4 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m2, :nobits?); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  class << v5
    begin
      Integer.send(:define_method, :m3) do |a0, *rest|
        GC.start
        begin; Numeric.send(:alias_method, :m4, :any?); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; v6 = Object.new(); rescue Exception; end
    begin; v7 = true; rescue Exception; end
  end
rescue Exception
end
begin
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v9 = 76.respond_to?(:m3, true); rescue Exception; end
begin
  class << v2
    begin
      class C0 < Array
        begin; v10 = "s2"; rescue Exception; end
        begin; v11 = {:k0 => v10, :k1 => v10}; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m5, :nobits?); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < String
    begin; C1.class_variable_set(:@@k1, 15.5); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; C0.send(:alias_method, :m5, :nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v12 = [v3, v5, v5]; rescue Exception; end
begin; v13 = true.respond_to?(:m6); rescue Exception; end
begin; Object.send(:define_method, :m2, v3); rescue Exception; end
