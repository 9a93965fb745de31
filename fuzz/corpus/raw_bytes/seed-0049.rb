begin
  class C0 < String
    begin; C0.send(:alias_method, :m0, :each_pair); rescue Exception; end
    begin; C0.send(:alias_method, :m1, :each_pair); rescue Exception; end
    begin; v0 = true.method(:each_pair); rescue Exception; end
    begin; p nil; rescue Exception; end
  end
rescue Exception
end
begin; v1 = true; rescue Exception; end
begin; v2 = C0.new(1); rescue Exception; end
begin
  module M1
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
      def m0()
        GC.start
        "s15"
      end
    rescue Exception
    end
    begin; v3 = C0.class_variable_get(:@@k0); rescue Exception; end
  end
rescue Exception
end
begin
  v4 = lambda do
    true
  end
rescue Exception
end
begin; C0.send(:include, M1); rescue Exception; end
begin; C0.send(:alias_method, :m2, :each_pair); rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
begin; C0.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin
  module M2
    begin; C0.class_variable_set(:@@k0, true); rescue Exception; end
    begin; v6 = C0.new(); rescue Exception; end
    begin
      v7 = Fiber.new do |x|
        begin; v6.singleton_class.send(:alias_method, :m3, :sort); rescue Exception; end
        Fiber.yield(x)
        :y1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = C0.new(); rescue Exception; end
begin
  v9 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v10 = Struct.new(:f0, :f1); rescue Exception; end
    "s8"
  end
rescue Exception
end
begin
  v11 = proc do
    begin
      v12 = proc do |a0|
        a0
      end
    rescue Exception
    end
    begin
      class Array
        begin; alias_method :m4, :sort; rescue Exception; end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin
  module M3
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      def m5(a0, o0 = 0)
        begin; C0.send(:alias_method, :m6, :sort); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v13 = {}; rescue Exception; end
  end
rescue Exception
end
begin
  v14 = proc do |a0, *rest, p0|
    begin; p v9; rescue Exception; end
    rest
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k2, 50); rescue Exception; end
