begin; v0 = :y0; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class C0 < Hash
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; alias m0 to_h; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v4 = v3.method(:new).call(v3, v3); rescue Exception; end
    begin
      v4.send(:to_h) do |o0 = 0|
        begin; v5 = v3.singleton_class; rescue Exception; end
        v4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  def v2.m1()
    begin
      v7 = Fiber.new do |x|
        begin; v6 = C0.new("s15"); rescue Exception; end
        begin; v6.instance_variable_set(:@i2, x); rescue Exception; end
        Fiber.yield(x)
        nil
      end
    rescue Exception
    end
    88
  end
rescue Exception
end
begin
  class << v2
    begin; C0.send(:alias_method, :m3, :abs); rescue Exception; end
    begin
      module M1
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v2.send(:fetch_values, v2, k0: 3); rescue Exception; end
begin
  class C2 < Hash
    begin
      class Numeric
        begin; alias_method :m4, :abs; rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v9 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v1.singleton_class; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v1.freeze; rescue Exception; end
GC.start
begin
  30.times do |i|
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v1.to_h(nil, :y0); rescue Exception; end
begin
  v11 = ->(a0, o0 = 0) do
    a0
  end
rescue Exception
end
begin; C2.send(:alias_method, :m5, :to_h); rescue Exception; end
begin
  v12 = Class.new(Array) do
    begin; Object.const_set(:K0, 36); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; v13 = C2.new(k0: self); rescue Exception; end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m1, :fetch_values); rescue Exception; end
begin
  class C4 < Numeric
    begin; v14 = C0.new(); rescue Exception; end
    begin
      module M5
        begin; v15 = C3.new(); rescue Exception; end
        begin
          begin
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
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v16 = ["s15", K0]; rescue Exception; end
          ensure
            begin; v15.instance_variable_set(:@i2, v15); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class C6 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C3.send(:remove_method, :m5); rescue Exception; end
        begin
          Numeric.send(:define_method, :m2) do |a0, *rest, p0|
            begin; C6.send(:alias_method, :m6, :m5); rescue Exception; end
            begin; v17 = C2.new(-1.5, 18.5); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin
          module M7
            begin; alias_method :m7, :abs; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v18 = self.respond_to?(:m8); rescue Exception; end
begin
  C6.send(:define_method, :m9) do
    begin; Numeric.send(:alias_method, :m1, :m10); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v19 = C0.new(); rescue Exception; end
begin; Range.send(:alias_method, :m3, :reject); rescue Exception; end
begin; v20 = v12.instance_method(:reject); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  class C8 < C6
    begin
      def m1(a0, a1)
        a0
      end
    rescue Exception
    end
    begin; v21 = {:k0 => true, :k1 => 67}; rescue Exception; end
  end
rescue Exception
end
begin
  v22 = self.send(:m8) do |a0, &blk|
    begin; v19.singleton_class.send(:define_method, :m11, v11); rescue Exception; end
    13.5
  end
rescue Exception
end
