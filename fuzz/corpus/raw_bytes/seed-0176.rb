GC.start
begin
  v1 = Fiber.new do |x|
    begin; v0 = Object.new(); rescue Exception; end
    Fiber.yield(x)
    :y2
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m0) do |a0, o0 = 0|
    nil
  end
rescue Exception
end
begin
  v2 = Class.new(Hash) do
    begin; v3 = 50; rescue Exception; end
    begin; C0.send(:alias_method, :m1, :between?); rescue Exception; end
  end
rescue Exception
end
begin; v2.extend(Enumerable); rescue Exception; end
begin; v4 = v1.send(:m2); rescue Exception; end
begin; v5 = {:k0 => v4, :k1 => v2}; rescue Exception; end
begin; v5.instance_eval(""); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :between?); rescue Exception; end
begin; v6 = (2..6).respond_to?(:m3); rescue Exception; end
begin; v7 = {}; rescue Exception; end
begin
  class String
    begin; alias_method :m0, :rpartition; rescue Exception; end
    begin; alias_method :m4, :rpartition; rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v8 = v1.resume(1); rescue Exception; end
begin; 8.times { |i| v7[i] = [i] }; rescue Exception; end
