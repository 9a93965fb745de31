begin; v0 = 7.respond_to?(:m0); rescue Exception; end
begin
  v1 = Fiber.new do |x|
    begin; p v0; rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v2 = v0.m0(v0, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v3 = [72]; rescue Exception; end
begin
  v4 = v0.send(:m1) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v5 = v3.empty?(v4); rescue Exception; end
begin
  v6 = proc do
    begin; 100.times { |i| v3 << i.to_s }; rescue Exception; end
    begin; 30.times { |i| v3 << i.to_s }; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v7 = v1.resume(1); rescue Exception; end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin
  def v3.m0(a0, a1)
    a1
  end
rescue Exception
end
begin; v3 << v6; rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = v6.instance_variable_get(:@i0); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
