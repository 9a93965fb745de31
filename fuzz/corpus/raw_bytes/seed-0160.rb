begin; v0 = 10; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v2 = {:k0 => v0, :k1 => v1}; rescue Exception; end
begin
  class C0 < Exception
    GC.start
    begin; K0 = 44; rescue Exception; end
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
    begin; v3 = C0.new(nil, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      C0.send(:define_method, :m0) do |a0, *rest|
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Integer.class_eval("begin\n  class C1 < C0\n    begin; v4 = [15.5]; rescue Exception; end\n    begin; v5 = v4.clone; rescue Exception; end\n    begin\n      def m0()\n        -3\n      end\n    rescue Exception\n    end\n    begin\n      def m1(a0, &blk)\n        begin; C0.send(:alias_method, :m0, :\"-@\"); rescue Exception; end\n        begin; v6 = a0.respond_to?(:m0, true); rescue Exception; end\n        a0\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  C1.send(:define_method, :m2) do
    nil
  end
rescue Exception
end
begin; v7 = v2.respond_to?(:m3); rescue Exception; end
begin
  begin
    begin
      class << v1
        begin; alias m2 downto; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
GC.start
begin; v8 = C1.new(); rescue Exception; end
begin; C1.send(:alias_method, :m4, :"-@"); rescue Exception; end
begin
  v9 = Class.new(Object) do
    begin; p true; rescue Exception; end
  end
rescue Exception
end
begin
  class C3
    begin; C2.instance_variable_set(:@k0, 7.5); rescue Exception; end
    begin; v10 = Object.new(2, :y1); rescue Exception; end
  end
rescue Exception
end
begin
  def v8.m5(a0)
    a0
  end
rescue Exception
end
begin; v9.send(:remove_method, :m1); rescue Exception; end
