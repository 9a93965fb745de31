begin; v0 = Object.new(67, k0: 3); rescue Exception; end
begin; v1 = v0.clone; rescue Exception; end
begin; v0.instance_variable_set(:@i1, v0); rescue Exception; end
begin
  module M0
    begin
      v2 = ->(a0, *rest) do
        begin; v3 = Object.new(); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m0) do |k0: 1, **kws|
    begin
      v4 = proc do |a0|
        begin; v5 = String(v0); rescue Exception; end
        v0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; p nil; rescue Exception; end
begin; Object.instance_variable_set(:@k0, v0); rescue Exception; end
begin
  class Exception
    begin; alias_method :m1, :message; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v0.respond_to?(:m2); rescue Exception; end
begin; v7 = [self, v6, self].sort { |x, y| y <=> x }; rescue Exception; end
begin; v8 = v1.send(:to_c); rescue Exception; end
begin
  class << v1
    begin; v9 = String.instance_method(:m1); rescue Exception; end
  end
rescue Exception
end
begin
  def m3(k0: 1, **kws)
    begin; Integer.send(:alias_method, :m4, :m5); rescue Exception; end
    begin; Object.const_set(:K0, :y2); rescue Exception; end
    kws
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    begin
      class << v8
        begin; v10 = :y5; rescue Exception; end
        begin
          v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; String.send(:alias_method, :m5, :message); rescue Exception; end
            v10
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    Fiber.yield(x)
    (3..6)
  end
rescue Exception
end
begin
  begin
    begin; K1 = self; rescue Exception; end
    begin; v13 = (94..v8).include?(94); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; self.m6(); rescue Exception; end
    begin
      v14 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v1.m7()
    begin; v15 = Object.new(nil); rescue Exception; end
    :y2
  end
rescue Exception
end
begin
  class << v0
    begin
      v16 = proc do |a0, a1|
        begin
          v17 = proc do |a0, *rest, p0|
            begin; v18 = Array.instance_method(:message); rescue Exception; end
            begin; v19 = []; rescue Exception; end
            (3..5)
          end
        rescue Exception
        end
        "s15"
      end
    rescue Exception
    end
    begin
      class Numeric
        begin; alias_method :m8, :to_c; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m9, :message; rescue Exception; end
  end
rescue Exception
end
begin
  v6.send(:m8, K0, v1) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m10, :message; rescue Exception; end
  end
rescue Exception
end
begin; v20 = [self]; rescue Exception; end
begin
  class << v1
    begin; v21 = (1..1); rescue Exception; end
    begin; v22 = Integer(v21); rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  class << v6
    begin; v23 = true.method(:message); rescue Exception; end
    begin
      v24 = 23.method(:m11).call() do |a0, a1|
        begin; M0.send(:undef_method, :m10); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v25 = v20.clone; rescue Exception; end
GC.start
