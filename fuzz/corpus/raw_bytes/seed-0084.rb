GC.start
begin; p 14; rescue Exception; end
begin; v0 = self.send(:m0, :y5, k0: 3); rescue Exception; end
begin
  class << v0
    begin
      v1 = Fiber.new do |x|
        Fiber.yield(x)
        :y4
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = {}; rescue Exception; end
begin; v3[-0.5] = v0; rescue Exception; end
begin
  def v3.m1()
    88
  end
rescue Exception
end
begin; v4 = :upcase; rescue Exception; end
begin
  class C0 < Exception
    GC.start
    GC.start
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
