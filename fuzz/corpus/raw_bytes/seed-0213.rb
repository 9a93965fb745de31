begin
  v0 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v1 = {:k0 => v0, :k1 => self}; rescue Exception; end
begin; v2 = 63.floor(**v1); rescue Exception; end
begin
  v1.instance_eval do
    begin
      def v1.m0(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; Object.const_set(:K0, 98); rescue Exception; end
        (0..3)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = C1.new(11.5, k0: 3); rescue Exception; end
    begin
      v4 = Fiber.new do |x|
        begin; alias_method :m0, :"-@"; rescue Exception; end
        begin
          v3.singleton_class.send(:define_method, :m1) do |a0, &blk|
            begin
              def m0(a0, o0 = 0, *rest, k0: 1, &blk)
                :y3
              end
            rescue Exception
            end
            "s10"
          end
        rescue Exception
        end
        Fiber.yield(x)
        v3
      end
    rescue Exception
    end
    begin; Array.send(:alias_method, :m0, :to_c); rescue Exception; end
    begin
      v5 = Proc.new do |k0: 1, **kws|
        begin; v4.m2(); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = proc do |a0, &blk|
    begin
      v7 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          C0.send(:define_method, :m1) do |a0, *rest, p0|
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
            begin; alias_method :m3, :sum; rescue Exception; end
            rest
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m3, :m2); rescue Exception; end
        begin
          class Numeric
            begin; alias m0 to_c; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, self); rescue Exception; end
begin; v8 = [v6]; rescue Exception; end
begin
  v9 = proc do |a0, o0 = 0|
    begin; v10 = C2.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v8.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  module M3
    begin
      C1.send(:define_method, :m1) do |a0|
        a0
      end
    rescue Exception
    end
    begin; v11 = true; rescue Exception; end
  end
rescue Exception
end
begin; v12 = self.send(:m2); rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :m6); rescue Exception; end
begin
  C2.send(:define_method, :m7) do
    v9
  end
rescue Exception
end
begin
  v13 = proc do |a0, &blk|
    begin; C0.send(:alias_method, :m4, :m8); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v14 = v13.call(&v13); rescue Exception; end
begin
  begin
    begin
      def v8.m9(k0: 1)
        8
      end
    rescue Exception
    end
  rescue => e
    begin
      2.times do |i|
        begin; v15 = v0.new(e, self); rescue Exception; end
        begin; v16 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v8
    begin
      v18 = Fiber.new do |x|
        begin; v17 = 75.round(); rescue Exception; end
        Fiber.yield(x)
        "s12"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m10, :m7); rescue Exception; end
begin; v13.singleton_class.send(:alias_method, :m0, :sum); rescue Exception; end
begin
  def m11(a0)
    begin; raise TypeError, "x"; rescue Exception; end
    begin; v19 = C1.new(); rescue Exception; end
    16
  end
rescue Exception
end
begin; v20 = K0.respond_to?(:m10); rescue Exception; end
begin; v21 = v8.method(:sum); rescue Exception; end
begin; v22 = C1.new(); rescue Exception; end
begin; v1[(2..5)] = v20; rescue Exception; end
