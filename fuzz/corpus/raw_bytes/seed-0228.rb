begin; v0 = 20.respond_to?(:m0); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v1 = Object.instance_method(:m0); rescue Exception; end
begin; Array.send(:define_method, :m0, v1); rescue Exception; end
begin
  class << v0
    begin
      class C0 < Hash
        begin; v2 = [nil]; rescue Exception; end
        begin
          module M1
            begin; C0.send(:alias_method, :m0, :succ); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v3 = C0.new(); rescue Exception; end
    begin
      v4 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v5 = v3.clone; rescue Exception; end
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = 74; rescue Exception; end
begin; v7 = v6.respond_to?(:m1, true); rescue Exception; end
begin
  2.times do |i|
    begin
      class Exception
        begin; alias m1 message; rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v8 = []; rescue Exception; end
begin; v9 = Numeric.instance_method(:m2); rescue Exception; end
begin
  class C2
    begin; K0 = (0..5); rescue Exception; end
    begin; v10 = C2.instance_method(:m3); rescue Exception; end
    begin; C0.send(:undef_method, :m4); rescue Exception; end
    begin; v11 = v10.bind(nil); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; 10.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = proc do |o0 = 0|
    v9
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      def m5(a0, &blk)
        begin; v13 = Object.new(K0, K0); rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin; C2.send(:remove_method, :m5); rescue Exception; end
  end
rescue Exception
end
begin; v8.singleton_class.send(:alias_method, :m6, :message); rescue Exception; end
begin
  class << v8
    begin
      v15 = Fiber.new do |x|
        begin; v14 = ["s6", nil]; rescue Exception; end
        Fiber.yield(x)
        62
      end
    rescue Exception
    end
    begin
      class C3 < Exception
        begin; v16 = K0.respond_to?(:m7); rescue Exception; end
        begin; alias m0 message; rescue Exception; end
        begin; v17 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m8(a0)
        begin; v18 = C2.new(1); rescue Exception; end
        begin; C0.send(:alias_method, :m9, :succ); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v19 = C0.instance_method(:succ); rescue Exception; end
