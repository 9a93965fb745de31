GC.start
begin
  v0 = proc do |k0: 1|
    begin
      "s18".partition(k0) do |a0, a1|
        begin; Array.send(:alias_method, :m0, :sort); rescue Exception; end
        begin; v1 = Object.new(); rescue Exception; end
        self
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  v2 = Class.new(Hash) do
    begin; alias_method :m0, :sort; rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin; v3 = []; rescue Exception; end
begin
  3.times do |i|
    begin; v2.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
    begin; v4 = v2.method(:nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v5 = 18.5; rescue Exception; end
begin
  def v0.m2(o0 = 0)
    begin; raise RuntimeError, "x"; rescue Exception; end
    91
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin
      C0.send(:define_method, :m0) do |a0, *rest, p0|
        begin; v3 << v5; rescue Exception; end
        begin
          class << v3
            GC.start
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
