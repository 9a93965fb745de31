begin; 78.round(:y0, 94); rescue Exception; end
begin; Range.send(:alias_method, :m0, :">"); rescue Exception; end
begin; v0 = Object.new(k0: 2); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; v1 = v0.instance_variable_get(:@i1); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  v3 = proc do
    begin; v4 = v2.m1(k0: 2); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin
  def v5.m2(a0, o0 = 0, *rest, k0: 1, &blk)
    k0
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
GC.start
GC.start
