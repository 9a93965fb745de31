GC.start
begin
  v0 = Class.new(Array) do
    begin; self.send(:prepend, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :lstrip!); rescue Exception; end
begin; v1 = v0.respond_to?(:m0, true); rescue Exception; end
begin; v2 = C0.new(); rescue Exception; end
begin; v3 = (1..3); rescue Exception; end
begin
  def m1(a0)
    38
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m2) do |k0: 1|
    begin; v4 = C0.new(); rescue Exception; end
    self
  end
rescue Exception
end
begin; eval("begin; v5 = v1.m0(k0: v1); rescue Exception; end"); rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin
  class C1 < C0
    begin
      v7 = Proc.new do |k0: 1, **kws|
        nil
      end
    rescue Exception
    end
    begin
      begin
        begin
          self.public_send(:m3) do |a0, &blk|
            begin; v8 = Struct.new(:f0, :f1, :f2); rescue Exception; end
            v7
          end
        rescue Exception
        end
      rescue => e
      ensure
        begin; v7.send(:"[]", 1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = C0.new(true); rescue Exception; end
begin
  v10 = lambda do |a0, a1|
    begin
      3.times do |i|
        begin; v11 = v0.instance_variable_get(:@i1); rescue Exception; end
        begin; v12 = v9.respond_to?(:m3, true); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m3, :to_a); rescue Exception; end
begin; 100.times { |i| v9.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v9
    begin; C0.send(:alias_method, :m4, :to_a); rescue Exception; end
  end
rescue Exception
end
begin
  v10.m5(1) do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m6, :to_a); rescue Exception; end
begin
  v16 = v6.to_a(v3) do |a0, a1|
    begin
      begin
        begin
          v13 = Fiber.new do |x|
            begin; v1.m7(k0: 2); rescue Exception; end
            Fiber.yield(x)
            v10
          end
        rescue Exception
        end
      rescue => e
        begin
          class << v6
            begin
              def m7(k0: 1)
                k0
              end
            rescue Exception
            end
            begin; v14 = nil; rescue Exception; end
            begin; v15 = C0.instance_method(:m4); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v17 = v0.dup; rescue Exception; end
begin; v18 = C0.new(); rescue Exception; end
begin; v17.singleton_class.send(:alias_method, :m1, :to_a); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      5.times do |i|
        begin
          C0.send(:define_method, :m8) do |a0, &blk|
            begin
              C2.send(:define_method, :m8) do
                0.5
              end
            rescue Exception
            end
            blk
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class Range
        begin; alias_method :m9, :to_a; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m9(a0)
        begin
          v19 = lambda do |a0, &blk|
            begin; Numeric.send(:alias_method, :m2, :lstrip!); rescue Exception; end
            true
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin
      v21 = Fiber.new do |x|
        begin; v20 = C2.new(k0: 2); rescue Exception; end
        Fiber.yield(x)
        :y3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v17
    begin; String.extend(Enumerable); rescue Exception; end
    begin; alias m10 to_a; rescue Exception; end
    begin
      C1.send(:define_method, :m11) do |a0, *rest, p0|
        :y1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:remove_method, :m7); rescue Exception; end
begin
  class << v2
    begin; v22 = Object.new(); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C2.send(:remove_method, :m5); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  v18.singleton_class.send(:define_method, :m6) do |a0, a1|
    begin; p v3; rescue Exception; end
    v16
  end
rescue Exception
end
begin; v23 = v17.dup; rescue Exception; end
