GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.m0(nil, v0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :first); rescue Exception; end
begin
  v2 = ->() do
    v0
  end
rescue Exception
end
begin
  class C0 < Hash
    begin; v3 = C0.new(); rescue Exception; end
    begin
      v3.m1(k0: 2) do |a0|
        begin; v4 = true; rescue Exception; end
        begin
          def m1(a0, o0 = 0, *rest, k0: 1, &blk)
            true
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      class << v3
        begin; 300.times { |i| proc { i } }; rescue Exception; end
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
      end
    rescue Exception
    end
    begin
      class << v3
        begin; eval(""); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  v5 = ->(a0, *rest, p0) do
    p0
  end
rescue Exception
end
begin
  module M1
    begin
      10.times do |i|
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
    begin; Object.extend(M1); rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v6 = {}; rescue Exception; end
begin; v7 = v0.m0(1); rescue Exception; end
GC.start
begin; C0.send(:include, M1); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m2) do
    begin; v8 = v5.instance_variable_get(:@i3); rescue Exception; end
    (0..0)
  end
rescue Exception
end
begin
  def m3(a0, a1)
    94
  end
rescue Exception
end
begin; v9 = {:k0 => v7, :k1 => v5}; rescue Exception; end
begin; v9.singleton_class.send(:remove_method, :m4); rescue Exception; end
begin; v6[:y2] = v2; rescue Exception; end
begin; p v5; rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin; v10 = v5.dup; rescue Exception; end
begin
  class C2
    begin; v11 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin
      v12 = Fiber.new do |x|
        begin; v11.attached_object(); rescue Exception; end
        Fiber.yield(x)
        K0
      end
    rescue Exception
    end
    begin; C2.send(:alias_method, :m1, :to_a); rescue Exception; end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; v13 = v9.dup; rescue Exception; end
