GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = {:k0 => v0}; rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; p (0..4); rescue Exception; end
    begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
GC.start
begin
  Range.class_eval do
    begin; v3 = v1.clone; rescue Exception; end
    begin
      v4 = ->() do
        begin; raise ArgumentError, "x"; rescue Exception; end
        v3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin
  1.times do |i|
    begin; Array.send(:alias_method, :m1, :step); rescue Exception; end
  end
rescue Exception
end
begin
  def v1.m2(a0, *rest)
    :y3
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin
  class Integer
    begin; alias_method :m3, :step; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    begin; raise RuntimeError, "x"; rescue Exception; end
    (4..6)
  end
rescue Exception
end
begin; v1[21] = v0; rescue Exception; end
