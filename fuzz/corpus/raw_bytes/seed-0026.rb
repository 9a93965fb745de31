GC.start
begin; v0 = Object.new(true); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v1 = v0.respond_to?(:m0); rescue Exception; end
begin
  v2 = proc do |k0: 1, **kws|
    begin
      v3 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; String.send(:alias_method, :m1, :"[]"); rescue Exception; end
        v1
      end
    rescue Exception
    end
    kws
  end
rescue Exception
end
begin; Range.send(:alias_method, :m2, :"[]"); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v2); rescue Exception; end
begin; v4 = true.respond_to?(:m0); rescue Exception; end
begin; C0.send(:remove_method, :m3); rescue Exception; end
begin; Object.instance_variable_set(:@k2, v1); rescue Exception; end
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin; v6 = v2.call(v2, "s12"); rescue Exception; end
begin
  Hash.send(:define_method, :m0) do |a0, *rest|
    begin; Range.send(:define_method, :m1, v2); rescue Exception; end
    62
  end
rescue Exception
end
begin; v7 = Object.instance_method(:m4); rescue Exception; end
begin; v8 = v7.bind(v7); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  v11 = Fiber.new do |x|
    begin; Object.send(:alias_method, :m7, :"[]"); rescue Exception; end
    begin
      class << v4
        begin; v9 = Object.new((4..4), k0: 3); rescue Exception; end
        begin; v10 = String("s7"); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    (1..6)
  end
rescue Exception
end
begin
  class << v1
    begin
      def m1(a0, &blk)
        GC.start
        begin; v12 = {:k0 => 57}; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v14 = true.public_send(:m3, v7, v1); rescue Exception; end
