begin; v0 = [true, 1.5].sort; rescue Exception; end
begin
  v1 = proc do
    begin; Integer.send(:alias_method, :m0, :clear); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v2 = Object.new(); rescue Exception; end
    begin
      v3 = Fiber.new do |x|
        Fiber.yield(x)
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = Object.new(v1, v1); rescue Exception; end
begin
  class Exception
    begin; alias m1 message; rescue Exception; end
  end
rescue Exception
end
begin
  Hash.send(:define_method, :m0) do
    begin; v5 = 5.respond_to?(:m2, true); rescue Exception; end
    begin
      v6 = proc do |a0, &blk|
        begin; v7 = Object.new(); rescue Exception; end
        blk
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; p v1; rescue Exception; end
GC.start
begin; v8 = Object.new(v4, 49); rescue Exception; end
begin
  begin
    begin; Object.send(:prepend, Comparable); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v9 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v10 = :y3.respond_to?(:m3, true); rescue Exception; end
begin
  begin
    begin; v4.singleton_class.send(:alias_method, :m1, :m1); rescue Exception; end
  rescue => e
    begin; true.send(:m3, self, k0: 3); rescue Exception; end
    begin; v8.singleton_class.send(:alias_method, :m2, :m1); rescue Exception; end
  end
rescue Exception
end
begin; K0 = "s10"; rescue Exception; end
begin
  v11 = lambda do |a0, o0 = 0|
    begin; p 19.5; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m4, :message); rescue Exception; end
GC.start
begin
  class << v8
    begin; Object.class_variable_set(:@@k1, "s3"); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  v13 = lambda do |k0: 1|
    v4
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m5, :m2); rescue Exception; end
begin; v14 = Object.new(); rescue Exception; end
begin; v15 = v11.clone; rescue Exception; end
begin
  class C0 < String
    begin
      v16 = Class.new(Exception) do
        begin
          v17 = proc do |a0|
            a0
          end
        rescue Exception
        end
        begin; v18 = 91; rescue Exception; end
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
    begin; v19 = (1..6).respond_to?(:m6); rescue Exception; end
    begin; alias_method :m7, :clear; rescue Exception; end
  end
rescue Exception
end
begin; v20 = { v15 => 1, "s17" => 2 }[v15]; rescue Exception; end
begin; C0.send(:alias_method, :m8, :"-@"); rescue Exception; end
begin; v21 = v20.method(:drop); rescue Exception; end
begin
  v22 = ->(o0 = 0) do
    begin; C0.send(:alias_method, :m9, :drop); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v23 = v4.clone; rescue Exception; end
