begin
  class Range
    begin; alias m0 max; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0 = {:k0 => 71, :k1 => self}; rescue Exception; end
begin; p 71; rescue Exception; end
begin
  begin
  rescue => e
    begin
      class Range
        begin; alias m1 max; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m2, :max); rescue Exception; end
begin; v1 = v0.respond_to?(:m0); rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  def v0.m3(o0 = 0)
    begin; raise ArgumentError, "x"; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m4, :max; rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m5) do |a0, a1|
    a1
  end
rescue Exception
end
begin; v2 = v1.send(:message, "s2", v1); rescue Exception; end
begin; v3 = Struct.new(:f0); rescue Exception; end
begin; self.send(:m6, "s5", (4..6)); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v0.freeze; rescue Exception; end
  end
rescue Exception
end
begin
  v4 = Fiber.new do |x|
    GC.start
    begin; v3.singleton_class.send(:alias_method, :m1, :max); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m0, :max; rescue Exception; end
  end
rescue Exception
end
begin
  v5 = ->(a0, &blk) do
    begin; v6 = Object.new(); rescue Exception; end
    begin; v3.singleton_class.send(:remove_method, :m2); rescue Exception; end
    blk
  end
rescue Exception
end
