GC.start
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; Object.send(:alias_method, :m1, :m2); rescue Exception; end
    5.5
  end
rescue Exception
end
begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class C0 < String
    begin; v1 = C0.new(); rescue Exception; end
    begin
      v3 = Fiber.new do |x|
        begin; v2 = nil; rescue Exception; end
        Fiber.yield(x)
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin; v4 = self.method(:m3).call(17.5, true); rescue Exception; end
    begin
      r1 = 0
      begin
      rescue => e
        begin; v5 = C1.new(v4); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      v0.singleton_class.send(:define_method, :m4) do
        v0
      end
    rescue Exception
    end
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
