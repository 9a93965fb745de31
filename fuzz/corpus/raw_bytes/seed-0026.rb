GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  2.times do |i|
    GC.start
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class C0
        begin; Numeric.send(:alias_method, :m0, :flat_map); rescue Exception; end
        begin
          def m1(a0)
            begin; 300.times { |i| [i, i] }; rescue Exception; end
            1.5
          end
        rescue Exception
        end
        begin
          Integer.send(:define_method, :m2) do |a0, *rest|
            begin
              def m3(a0, a1)
                :y3
              end
            rescue Exception
            end
            a0
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval("begin; v0.singleton_class.send(:remove_method, :\"[]\"); rescue Exception; end"); rescue Exception; end
begin; String.send(:alias_method, :m0, :m4); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m6); rescue Exception; end
begin
  v1 = lambda do |a0, *rest|
    v0
  end
rescue Exception
end
begin; v1.send(:"==", 1); rescue Exception; end
begin; C0.send(:remove_method, :m7); rescue Exception; end
begin
  v2 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; v3 = 65; rescue Exception; end
begin; Hash.send(:alias_method, :m6, :flat_map); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v1
        begin; K1 = 16.5; rescue Exception; end
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
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    self
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m8, :m1); rescue Exception; end
begin
  begin
    GC.start
    begin; C0.send(:alias_method, :m9, :flat_map); rescue Exception; end
  rescue => e
    begin
      class << v2
        begin
          def m1(a0)
            a0
          end
        rescue Exception
        end
        begin
          v5 = lambda do |a0|
            begin; v6 = a0.respond_to?(:m10); rescue Exception; end
            begin; v7 = a0.method(:m11); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; C0.send(:undef_method, :"[]"); rescue Exception; end
      end
    rescue Exception
    end
    begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  v9 = Fiber.new do |x|
    begin; C0.class_eval("begin; p x; rescue Exception; end\nbegin; v8 = :y0.method(:\"[]\"); rescue Exception; end"); rescue Exception; end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
