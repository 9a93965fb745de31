begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = Object.instance_method(:last); rescue Exception; end
begin; v1 = v0.bind(v0); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
    begin
      class << v2
        begin; v3 = C0.new(nil, k0: 3); rescue Exception; end
        begin
          def m0(a0, o0 = 0)
            begin; 8.send(:"&", nil, true); rescue Exception; end
            begin; Object.const_set(:K0, (2..6)); rescue Exception; end
            K0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; C0.class_variable_set(:@@k2, :y3); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin
      String.send(:define_method, :m3) do |o0 = 0|
        begin; C1.send(:alias_method, :m2, :last); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      begin
        begin; C1.send(:prepend, Comparable); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
      ensure
        begin; v4 = [10, 20, 30, 40][true]; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m0) do |a0|
    a0
  end
rescue Exception
end
begin; v6 = v0.send(:m2); rescue Exception; end
begin; v7 = C1.new(); rescue Exception; end
begin; v8 = Numeric.instance_method(:tap); rescue Exception; end
begin; v9 = self.method(:m4).call(13); rescue Exception; end
begin; v10 = "s15".method(:m2); rescue Exception; end
begin; v11 = v7.m4(); rescue Exception; end
begin; C1.class_variable_set(:@@k1, K0); rescue Exception; end
begin
  v12 = v9.m5() do |a0, &blk|
    begin; v7.singleton_class.send(:alias_method, :m6, :last); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 100.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v13 = proc do |k0: 1|
    k0
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    Fiber.yield(x)
    2.5
  end
rescue Exception
end
begin; K1 = K1; rescue Exception; end
GC.start
