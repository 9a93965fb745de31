begin; Numeric.send(:alias_method, :m0, :to_a); rescue Exception; end
begin
  v0 = proc do
    begin
      v1 = proc do |a0, *rest, p0|
        p0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v2 = "s18".respond_to?(:m0, true); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v3 = [v2, v0, self]; rescue Exception; end
begin; Array.send(:alias_method, :m1, :select); rescue Exception; end
begin
  v4 = 19.5.method(:to_a).call(*v3) do |a0, *rest, p0|
    self
  end
rescue Exception
end
begin; K0 = K0; rescue Exception; end
begin; v5 = Object.new(K0, v0); rescue Exception; end
begin; v6 = [v2]; rescue Exception; end
begin
  begin
  rescue => e
    begin
      v0.singleton_class.send(:define_method, :m0) do |a0, &blk|
        begin; v7 = e.respond_to?(:m1, true); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      v8 = Fiber.new do |x|
        Fiber.yield(x)
        v2
      end
    rescue Exception
    end
  ensure
    begin
      def m2(a0, a1)
        a1
      end
    rescue Exception
    end
    begin
      def m3(a0, o0 = 0)
        begin; Integer.send(:alias_method, :m2, :select); rescue Exception; end
        begin; v9 = true.respond_to?(:m4); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5.instance_eval("begin\n  class Struct\n    begin; alias m5 select; rescue Exception; end\n  end\nrescue Exception\nend\nbegin\n  begin\n  rescue => e\n  ensure\n    begin; v10 = Object.new(0.5, *v3, k0: 3); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v11 = Object.new(); rescue Exception; end
begin
  class << v4
    begin; alias m6 drop_while; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin; v12 = Object.new(); rescue Exception; end
begin
  class C0
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = v3.method(:to_a); rescue Exception; end
begin
  def v12.m7(a0, &blk)
    begin
      v14 = lambda do
        begin; v15 = {}; rescue Exception; end
        :y1
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin; v16 = C0.new(); rescue Exception; end
begin; v17 = {:k0 => v0, :k1 => v5}; rescue Exception; end
begin
  v18 = lambda do |a0, *rest|
    begin; v3.singleton_class.send(:alias_method, :m7, :to_a); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  begin
    begin; v16.singleton_class.send(:alias_method, :m8, :select); rescue Exception; end
    begin
      def m9(a0)
        begin; Array.send(:alias_method, :m1, :to_a); rescue Exception; end
        -0.5
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v19 = {:k0 => nil}; rescue Exception; end
    begin
      class C1 < Array
        begin; v20 = true.m10(1); rescue Exception; end
        begin
          class C2 < String
            begin; v21 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m11, :to_a); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v22 = nil; rescue Exception; end
begin
  v23 = v16.m9(*v3) do
    begin; v17[18] = v2; rescue Exception; end
    v17
  end
rescue Exception
end
begin
  v24 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v25 = 93; rescue Exception; end
    begin; v26 = v25.modulo(1); rescue Exception; end
    begin; C2.send(:prepend, Enumerable); rescue Exception; end
    begin; Object.const_set(:K1, v26); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:undef_method, :m11); rescue Exception; end
begin; v27 = v12.send(:m7, &v18); rescue Exception; end
begin
  v6.singleton_class.send(:define_method, :m5) do |a0, *rest|
    begin; 30.times { |i| v12.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    nil
  end
rescue Exception
end
