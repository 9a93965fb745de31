begin; v0 = Integer(true); rescue Exception; end
begin
  String.send(:define_method, :m0) do |k0: 1|
    begin; v1 = v0.method(:downto); rescue Exception; end
    12
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; Hash.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin; v2 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin
  def m0(a0, &blk)
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    self
  end
rescue Exception
end
begin
  def v2.m2(o0 = 0)
    begin; M0.send(:remove_method, :m2); rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin
  Numeric.send(:define_method, :m3) do |a0|
    a0
  end
rescue Exception
end
begin; 8.times { |i| v2[i] = [i] }; rescue Exception; end
begin
  module M0
    begin; v3 = Object.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; v4 = [49, self].sort; rescue Exception; end
begin
  Integer.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
    o0
  end
rescue Exception
end
begin
  v5 = ->(a0) do
    begin; self.m0(**v2); rescue Exception; end
    v2
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v6 = v2.dup; rescue Exception; end
