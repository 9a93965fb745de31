begin; v0 = Object.new(); rescue Exception; end
begin; v1 = [(4..4)]; rescue Exception; end
begin; v2 = v0.respond_to?(:m0, true); rescue Exception; end
begin
  def m0(o0 = 0)
    begin; v3 = 3.5.send(:">>"); rescue Exception; end
    (3..4)
  end
rescue Exception
end
begin
  v4 = lambda do |a0|
    begin
      v6 = Fiber.new do |x|
        begin; v5 = v0.singleton_class; rescue Exception; end
        Fiber.yield(x)
        "s4"
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; v0.singleton_class.send(:define_method, :m0, v4); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :each_slice); rescue Exception; end
begin; v7 = v4.instance_variable_get(:@i0); rescue Exception; end
begin
  v8 = lambda do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin
  v9 = ->(a0, o0 = 0) do
    (1..2)
  end
rescue Exception
end
