begin
  begin
    begin; v0 = [self, true]; rescue Exception; end
  rescue => e
    begin; Object.send(:alias_method, :m0, :tap); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      class String
        begin; alias m0 codepoints; rescue Exception; end
      end
    rescue Exception
    end
    begin; v1 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Object.new(1); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :tap); rescue Exception; end
begin; v3 = {:k0 => v2}; rescue Exception; end
begin
  def m1()
    begin; v4 = true; rescue Exception; end
    2.5
  end
rescue Exception
end
begin
  def v2.m0(a0, a1)
    a0
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m0, :rstrip!); rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin; p v3; rescue Exception; end
    begin
      class Array
        begin; alias m2 product; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin
  class << v5
    begin
      def m2(a0, *rest, p0)
        "s4"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3.singleton_class.send(:define_method, :m3) do |a0|
    GC.start
    begin
      v2.singleton_class.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
        k0
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    GC.start
    Fiber.yield(x)
    v5
  end
rescue Exception
end
begin; v7 = v6.respond_to?(:m5); rescue Exception; end
begin; v2.instance_variable_set(:@i2, v7); rescue Exception; end
begin
  class << v3
    begin
      class String
        begin; alias m0 codepoints; rescue Exception; end
        begin; alias_method :m3, :codepoints; rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      10.times do |i|
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Array.class_eval("begin; v9 = v3.send(:codepoints, **v3); rescue Exception; end"); rescue Exception; end
begin
  class C1
    begin; K0 = true; rescue Exception; end
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = Class.new(C1) do
    begin; v11 = C1.new(); rescue Exception; end
    begin; 100.times { |i| v11.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; v12 = v11.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:include, M0); rescue Exception; end
begin; v13 = v10.new(k0: v2); rescue Exception; end
begin; v14 = {}; rescue Exception; end
begin; Kernel.send(:alias_method, :m6, :tap); rescue Exception; end
begin; v15 = C1.new(); rescue Exception; end
begin
  v14.singleton_class.send(:define_method, :m5) do |a0|
    begin; v16 = nil; rescue Exception; end
    a0
  end
rescue Exception
end
begin; M0.send(:remove_method, :m7); rescue Exception; end
begin; v17 = C2.new(); rescue Exception; end
