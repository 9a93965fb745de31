GC.start
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  v0 = lambda do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v1 = -1.5.send(:"~", k0: 2); rescue Exception; end
    begin
      begin
        begin; v2 = Object.new(v1, v1); rescue Exception; end
        begin; raise TypeError, "x"; rescue Exception; end
      rescue => e
        begin
          begin
            begin; v3 = v1.public_send(:__upto_endless, v1); rescue Exception; end
            begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v4 = Object.new(); rescue Exception; end
            begin; v5 = v4.respond_to?(:m2); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    92
  end
rescue Exception
end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin
  class << v0
    begin; String.extend(Comparable); rescue Exception; end
    begin
      class C0 < Exception
        begin; K0 = K0; rescue Exception; end
        begin; C0.extend(Enumerable); rescue Exception; end
        begin; v6 = -3.respond_to?(:m3); rescue Exception; end
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
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin
  v7 = Proc.new do
    begin; 100.times { |i| Object.new }; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  def m2(k0: 1)
    begin
      v8 = Fiber.new do |x|
        GC.start
        Fiber.yield(x)
        5
      end
    rescue Exception
    end
    begin; v9 = K0.respond_to?(:m4); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  v10 = v0.parameters(1) do |a0, a1|
    a1
  end
rescue Exception
end
begin
  class Array
    begin; alias m5 fill; rescue Exception; end
  end
rescue Exception
end
begin; v11 = Object.new(); rescue Exception; end
begin; v12 = [v10]; rescue Exception; end
begin
  v14 = (1..3).send(:fill, k0: v0) do
    begin
      v13 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class String
            begin; alias m6 __upto_endless; rescue Exception; end
          end
        rescue Exception
        end
        begin; v11.singleton_class.send(:alias_method, :m5, :compact!); rescue Exception; end
        v7
      end
    rescue Exception
    end
    v7
  end
rescue Exception
end
begin; C0.send(:alias_method, :m7, :m3); rescue Exception; end
GC.start
begin; v15 = (1..4); rescue Exception; end
begin; v16 = C0.new(*v12); rescue Exception; end
begin
  v17 = proc do |a0, a1|
    a0
  end
rescue Exception
end
begin; v18 = C0.new(v15, v16); rescue Exception; end
begin; v19 = nil; rescue Exception; end
begin; v20 = v12.respond_to?(:compact!); rescue Exception; end
begin
  begin
    GC.start
    begin; v21 = {:k0 => v0}; rescue Exception; end
  rescue => e
    begin
      class << v16
        begin
          module M1
            begin; C0.send(:remove_method, :m8); rescue Exception; end
            begin
              def m9(a0, o0 = 0, *rest, k0: 1, &blk)
                (1..1)
              end
            rescue Exception
            end
            begin; 50.times { |i| proc { i } }; rescue Exception; end
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
  v20.public_send(:m10, &v7) do |o0 = 0|
    begin
      v22 = Class.new(Hash) do
        begin
          v23 = lambda do
            begin; v24 = 26.respond_to?(:m11, true); rescue Exception; end
            98
          end
        rescue Exception
        end
        begin; alias m5 m8; rescue Exception; end
        begin; v25 = C2.new(); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v26 = C2.new("s14", K0); rescue Exception; end
begin; v27 = C0.new(); rescue Exception; end
