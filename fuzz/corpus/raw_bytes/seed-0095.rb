begin; v0 = [self, "s3"]; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; 30.times { |i| v0 << i.to_s }; rescue Exception; end
begin
  v1 = Fiber.new do |x|
    begin; K0 = self; rescue Exception; end
    Fiber.yield(x)
    true
  end
rescue Exception
end
begin; 100.times { |i| v0 << i.to_s }; rescue Exception; end
begin; v2 = v1.resume(1); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :"%"); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m2) do |a0, a1|
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    begin; Object.send(:include, Comparable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m3, :first); rescue Exception; end
begin; v3 = Array.instance_method(:first); rescue Exception; end
begin; K1 = v0; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin; "s14".method(:to_i).call(78, *v0, k0: 3); rescue Exception; end
begin
  def v0.m5(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v4 = {:k0 => nil}; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v6 = self.m2(v2, *v0, k0: 3); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  v5.instance_eval do
  end
rescue Exception
end
begin
  self.downto(v5, *v0, k0: 3) do |a0, &blk|
    begin; v0.singleton_class.send(:remove_method, :m3); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v7 = v1.resume(1); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v3.m6(v7, (4..6)) do |a0, &blk|
    begin; v8 = v5.to_proc; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class C0 < Array
    begin; alias m7 keep_if; rescue Exception; end
    begin; v9 = 44.m8(1); rescue Exception; end
  end
rescue Exception
end
