GC.start
begin; v0 = -1.5; rescue Exception; end
begin
  v0.method(:">>").call(k0: 2) do |a0, a1|
    begin; v1 = Object.new(k0: v0); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v0.compact() do
    begin
      v2 = proc do |a0, &blk|
        begin; v3 = 58.respond_to?(:m0); rescue Exception; end
        a0
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin
  v5 = Fiber.new do |x|
    begin; v4 = {:k0 => x, :k1 => v0}; rescue Exception; end
    begin
      5.times do |i|
        GC.start
      end
    rescue Exception
    end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  module M0
    begin; self.send(:m1, 1); rescue Exception; end
    begin
      5.times do |i|
      end
    rescue Exception
    end
    begin; v6 = 42.send(:modulo, true, 75); rescue Exception; end
  end
rescue Exception
end
begin
  String.send(:define_method, :m2) do |a0, o0 = 0|
    v5
  end
rescue Exception
end
begin; v7 = v5.resume(1); rescue Exception; end
begin
  v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v9 = (3..4); rescue Exception; end
    14.5
  end
rescue Exception
end
GC.start
begin
  v10 = proc do |a0|
    v7
  end
rescue Exception
end
begin; v11 = v5.resume(1); rescue Exception; end
GC.start
begin
  Range.send(:define_method, :m2) do |o0 = 0|
    begin; Object.send(:alias_method, :m3, :compact); rescue Exception; end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
GC.start
