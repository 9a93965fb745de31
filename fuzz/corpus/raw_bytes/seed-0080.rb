GC.start
begin; v0 = Object.new(:y3); rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v3 = v0.m2(v0, v0) do
    begin
      v1 = proc do |a0, o0 = 0|
        begin
          class << v0
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
            begin; Integer.send(:alias_method, :m1, :downto); rescue Exception; end
          end
        rescue Exception
        end
        begin; v2 = 43.respond_to?(:m3); rescue Exception; end
        o0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v4 = Object.new(v0, v0); rescue Exception; end
begin
  v5 = lambda do
    begin
      v6 = proc do
        v4
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v4.freeze; rescue Exception; end
begin
  v7 = v4.m4() do |a0, &blk|
    begin; v4.singleton_class.send(:undef_method, :to_r); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; v8 = v0.respond_to?(:m3); rescue Exception; end
begin
  class << v3
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          v9 = Class.new(Numeric) do
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin
              def m5()
                (3..3)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; alias m6 downto; rescue Exception; end
        begin; v10 = v9.singleton_class; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = true.respond_to?(:m7, true); rescue Exception; end
begin
  19.step(&v5) do |a0, a1|
    begin; v0.singleton_class.send(:define_method, :m8, v5); rescue Exception; end
    begin
      v12 = Fiber.new do |x|
        Fiber.yield(x)
        v11
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin
  v13 = Class.new(C1) do
    begin; v14 = :y1.respond_to?(:m9); rescue Exception; end
  end
rescue Exception
end
begin; p v5; rescue Exception; end
begin
  v15 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      5.times do |i|
        begin
          begin
            begin; v16 = v4.clone; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          ensure
            begin; C1.send(:undef_method, :m5); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:define_method, :m10, v5); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v17 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; p (4..6); rescue Exception; end
begin; v18 = {:k0 => :y4, :k1 => v17}; rescue Exception; end
begin
  class Numeric
    begin; alias_method :m11, :to_r; rescue Exception; end
    begin; alias_method :m1, :m3; rescue Exception; end
  end
rescue Exception
end
begin; (1..4).public_send(:initialize_copy); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  v19 = proc do |a0|
    begin; v20 = v17.respond_to?(:index); rescue Exception; end
    begin; v21 = K0.method(:m10); rescue Exception; end
    v17
  end
rescue Exception
end
begin; v22 = nil; rescue Exception; end
begin; v4.singleton_class.send(:remove_method, :m6); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
