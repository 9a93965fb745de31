GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  v0 = proc do
    begin; Object.send(:alias_method, :m0, :to_a); rescue Exception; end
    begin
      Numeric.send(:define_method, :m1) do
        begin; v1 = Object.new(1); rescue Exception; end
        begin; 300.times { |i| { i => i } }; rescue Exception; end
        "s5"
      end
    rescue Exception
    end
    :y3
  end
rescue Exception
end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m2()
        begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
        begin
          C0.send(:define_method, :m5) do |a0, *rest|
            begin; v2 = Object.new(); rescue Exception; end
            rest
          end
        rescue Exception
        end
        67
      end
    rescue Exception
    end
    begin; 3.5.extend(1); rescue Exception; end
    begin; v3 = []; rescue Exception; end
  end
rescue Exception
end
begin
  v5 = v0.call(&v0) do
    begin; v4 = String.instance_method(:extend); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; alias m6 extend; rescue Exception; end
    begin; v6 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  def v0.m1(o0 = 0)
    begin; p o0; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class C1
    begin
      C0.class_eval do
        begin; v7 = Object.new(); rescue Exception; end
        begin; 8.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v0.respond_to?(:m7); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin
      class << v0
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin
          def m8(a0, &blk)
            true
          end
        rescue Exception
        end
        begin; alias_method :m0, :to_a; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v8
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :to_a); rescue Exception; end
begin; String.send(:alias_method, :m6, :extend); rescue Exception; end
begin
  r1 = 0
  begin
    begin; v10 = nil; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v11 = v0.dup; rescue Exception; end
begin
  r2 = 0
  begin
  rescue => e
    r2 += 1
    retry if r2 < 2
  ensure
    begin; Kernel.send(:alias_method, :m1, :extend); rescue Exception; end
  end
rescue Exception
end
begin
  module M2
    begin
      C0.send(:define_method, :m9) do |a0, o0 = 0, *rest, k0: 1, &blk|
        GC.start
        nil
      end
    rescue Exception
    end
    begin; v12 = {:k0 => nil, :k1 => 10}; rescue Exception; end
    begin; 8.times { |i| v12[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
