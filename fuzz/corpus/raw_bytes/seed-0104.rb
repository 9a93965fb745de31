begin; Range.send(:alias_method, :m0, :exception); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v1 = 5.5; rescue Exception; end
begin; v2 = nil; rescue Exception; end
begin
  class << v0
    begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; v3 = {:k0 => (3..3)}; rescue Exception; end
begin; eval("begin\n  v3.singleton_class.send(:define_method, :m1) do |a0, a1|\n    begin\n      30.times do |i|\n      end\n    rescue Exception\n    end\n    a1\n  end\nrescue Exception\nend"); rescue Exception; end
begin; Numeric.send(:alias_method, :m3, :exception); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  def v0.m3(a0, o0 = 0, *rest, k0: 1, &blk)
    o0
  end
rescue Exception
end
begin; v2.send(:m0); rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :gets); rescue Exception; end
begin
  def m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      v4 = true.public_send(:m5, o0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        nil
      end
    rescue Exception
    end
    begin; v5 = -3; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  v6 = lambda do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v7 = nil; rescue Exception; end
begin; v8 = -1.5; rescue Exception; end
begin
  def m6(a0, &blk)
    begin; v9 = 14.5.round(10.5, blk); rescue Exception; end
    begin; v10 = :upcase; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  r1001 = 0
  begin
  rescue => e
    begin; v11 = self.respond_to?(:m7); rescue Exception; end
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m0()
        begin; v12 = "s5".respond_to?(:m8); rescue Exception; end
        begin; v13 = [v12, v12, v12]; rescue Exception; end
        true
      end
    rescue Exception
    end
    begin
      v14 = true.send(:"-@", 13.5, nil) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v15 = v14.method(:m9).call(1); rescue Exception; end
  end
rescue Exception
end
begin; v1.method(:"|").call(self, v8); rescue Exception; end
begin
  class C1 < C0
    begin; v16 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; v17 = v3.public_send(:each_key, 1); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :sort_by); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Kernel.send(:alias_method, :m10, :gets); rescue Exception; end
begin
  v18 = Fiber.new do |x|
    Fiber.yield(x)
    -1
  end
rescue Exception
end
GC.start
GC.start
