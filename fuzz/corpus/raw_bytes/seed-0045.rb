GC.start
begin; v0 = Object.new(12.5); rescue Exception; end
begin; K0 = 16; rescue Exception; end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin; K1 = v0; rescue Exception; end
begin; v2 = [v1]; rescue Exception; end
begin
  v4 = Fiber.new do |x|
    begin; v3 = []; rescue Exception; end
    begin; Object.instance_variable_set(:@k1, x); rescue Exception; end
    Fiber.yield(x)
    :y3
  end
rescue Exception
end
begin
  v5 = proc do |a0|
    a0
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k1, v4); rescue Exception; end
begin; v6 = v5.to_proc; rescue Exception; end
begin
  class << v0
    begin; v7 = Object.new(); rescue Exception; end
    begin
      v8 = lambda do
        v7
      end
    rescue Exception
    end
    begin
      class << v8
        begin; v9 = Object.new(45, 35); rescue Exception; end
        begin
          def m0(a0, *rest)
            begin; v10 = {:k0 => true}; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          class << v9
            begin; Object.class_variable_set(:@@k0, -3); rescue Exception; end
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
  end
rescue Exception
end
begin
  class Exception
    begin; alias m1 message; rescue Exception; end
  end
rescue Exception
end
begin; String.extend(Enumerable); rescue Exception; end
begin; v11 = nil; rescue Exception; end
begin
  v12 = Class.new(Array) do
    begin; v13 = []; rescue Exception; end
    begin
      def v13.m0(a0)
        begin; C0.class_variable_set(:@@k1, :y5); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
