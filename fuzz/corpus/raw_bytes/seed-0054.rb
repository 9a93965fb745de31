GC.start
begin; v0 = :upcase; rescue Exception; end
begin
  class C0 < String
    begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = v0.message(&v0) do |a0, *rest, p0|
    begin
      C0.send(:define_method, :m0) do |a0, o0 = 0|
        begin; 7.send(:to_r, v0); rescue Exception; end
        begin; v1 = []; rescue Exception; end
        v0
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v3 = [91]; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; v4 = C0.new(); rescue Exception; end
    begin
      v5 = Fiber.new do |x|
        begin; alias m2 next; rescue Exception; end
        Fiber.yield(x)
        v4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = true; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
GC.start
begin; v9 = v7.new(v8); rescue Exception; end
begin; v10 = v9.respond_to?(:m0); rescue Exception; end
begin
  class << v9
    begin
      v11 = lambda do
        begin; v12 = C0.new(); rescue Exception; end
        38
      end
    rescue Exception
    end
    begin; v13 = [3.5]; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin
  v14 = Fiber.new do |x|
    begin; v8.instance_variable_set(:@i2, v0); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  class << v9
    begin; v15 = 0.5.send(:"<=", nil, "s13"); rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0, a1)
    begin; v16 = nil.send(:m3, true); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  def m1()
    begin
      v17 = ->(k0: 1) do
        k0
      end
    rescue Exception
    end
    :y3
  end
rescue Exception
end
GC.start
begin; v8.instance_variable_set(:@i0, v9); rescue Exception; end
begin; v18 = {:k0 => v8}; rescue Exception; end
begin
  class << v7
    begin
      v19 = Fiber.new do |x|
        Fiber.yield(x)
        8.5
      end
    rescue Exception
    end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; v20 = v19.respond_to?(:m4); rescue Exception; end
  end
rescue Exception
end
begin; v21 = Object.new(); rescue Exception; end
