GC.start
begin
  v3 = Fiber.new do |x|
    begin
      def m0()
        begin
          v0 = lambda do |a0, o0 = 0|
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
            o0
          end
        rescue Exception
        end
        (4..9)
      end
    rescue Exception
    end
    begin
      v1 = proc do |a0|
        begin; v2 = nil; rescue Exception; end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    (2..2)
  end
rescue Exception
end
GC.start
begin
  2.times do |i|
    begin; K0 = i; rescue Exception; end
    begin
      v4 = proc do |o0 = 0|
        begin; v5 = Object.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = proc do |a0, &blk|
    begin; v7 = blk.method(:m1); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  class << v3
    begin
      class C0
        begin; v8 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
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
  end
rescue Exception
end
begin
  v9 = proc do
    begin; v6.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
    GC.start
    (2..6)
  end
rescue Exception
end
begin; v10 = 14.5.respond_to?(:m4, true); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
