GC.start
begin
  v0 = proc do
    begin
      def m0(a0, o0 = 0, *rest, k0: 1, &blk)
        a0
      end
    rescue Exception
    end
    begin; v1 = Array.instance_method(:message); rescue Exception; end
    :y2
  end
rescue Exception
end
begin; v0.singleton_class.send(:define_method, :m0, v0); rescue Exception; end
begin
  class C0
    begin; C0.send(:alias_method, :m1, :m0); rescue Exception; end
  end
rescue Exception
end
begin
  def m1(a0, o0 = 0)
    begin; v2 = {:k0 => 13}; rescue Exception; end
    begin; v3 = [v2, v2]; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = [self, v0]; rescue Exception; end
begin
  class << v4
    begin; alias_method :m2, :message; rescue Exception; end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; v5 = [true, -0.5].sort; rescue Exception; end
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  begin
    begin; v4.extend(Enumerable); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v7 = lambda do |o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  def m1(a0, a1)
    begin; v8 = (1..4); rescue Exception; end
    a1
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k0, v0); rescue Exception; end
GC.start
begin; v4.singleton_class.send(:alias_method, :m5, :message); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
