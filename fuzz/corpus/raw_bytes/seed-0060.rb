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
      v0.singleton_class.send(:define_method, :m2) do |a0, *rest|
        begin; v6 = C0.instance_method(:tally); rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = C1.new(); rescue Exception; end
begin
  3.times do |i|
    begin; v8 = C1.new(v0); rescue Exception; end
  end
rescue Exception
end
begin; K0 = K0; rescue Exception; end
begin
  class C2 < Numeric
    begin; Numeric.send(:alias_method, :m4, :message); rescue Exception; end
    begin
      v9 = proc do |a0, a1|
        a1
      end
    rescue Exception
    end
    begin
      class << v9
        begin; v10 = C0.new(k0: "s0"); rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 = [K0, v9]; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = proc do |a0|
    25
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m5, :message; rescue Exception; end
    begin; alias_method :m6, :tally; rescue Exception; end
  end
rescue Exception
end
begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class Integer
    begin; alias m7 times; rescue Exception; end
    begin; alias_method :m2, :m8; rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m2, :m9); rescue Exception; end
begin; v14 = C1.instance_method(:m10); rescue Exception; end
begin
  class << v14
    begin; v15 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
