GC.start
begin
  class Numeric
    begin; alias m0 :"-@"; rescue Exception; end
  end
rescue Exception
end
begin; v0 = {:k0 => self, :k1 => 66}; rescue Exception; end
GC.start
begin
  v2 = Fiber.new do |x|
    begin; v1 = 27.respond_to?(:m1); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  Array.send(:define_method, :m2) do |a0, *rest|
    begin; v0.singleton_class.send(:alias_method, :m3, :"-@"); rescue Exception; end
    v0
  end
rescue Exception
end
begin; p 28; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m4) do |a0, *rest, p0|
    begin; v3 = Object.new(k0: rest); rescue Exception; end
    p0
  end
rescue Exception
end
begin
  def m1()
    begin; v4 = 10.inspect((3..4), :y1); rescue Exception; end
    "s11"
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :times); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :key); rescue Exception; end
begin; v5 = (0..2); rescue Exception; end
begin; v6 = 29.method(:m5); rescue Exception; end
begin; v7 = v0.respond_to?(:"-@", true); rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v8 = v7.respond_to?(:m6, true); rescue Exception; end
begin
  class C0
    begin
      C0.send(:define_method, :m7) do |a0|
        a0
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; C0.send(:alias_method, :m8, :times); rescue Exception; end
    begin; v9 = nil.method(:key); rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; eval("begin; String.send(:alias_method, :m9, :m10); rescue Exception; end"); rescue Exception; end
    begin; v0.singleton_class.send(:alias_method, :m11, :"-@"); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v10 = v0.dup; rescue Exception; end
begin; Array.send(:alias_method, :m3, :m2); rescue Exception; end
begin; v11 = C0.new(); rescue Exception; end
