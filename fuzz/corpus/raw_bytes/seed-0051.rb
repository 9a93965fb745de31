begin
  v0 = Fiber.new do |x|
    begin
      Hash.send(:define_method, :m0) do |a0, a1|
        a1
      end
    rescue Exception
    end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = ->(k0: 1) do
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    begin
      v3 = proc do |a0, &blk|
        begin; v1.singleton_class.send(:alias_method, :m0, :rstrip); rescue Exception; end
        self
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  v4 = proc do |a0, &blk|
    v1
  end
rescue Exception
end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
begin; v4.singleton_class.send(:alias_method, :m0, :__repeated_combination); rescue Exception; end
begin
  v5 = proc do
    GC.start
    nil
  end
rescue Exception
end
begin; v6 = Object.instance_variable_get(:@k0); rescue Exception; end
begin; String.send(:alias_method, :m1, :m0); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Object.send(:define_method, :m2, v5); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
