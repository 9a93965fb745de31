GC.start
begin; v0 = [14, :y3].sort; rescue Exception; end
begin
  module M0
    begin; Object.instance_variable_set(:@k2, :y5); rescue Exception; end
    begin; v1 = true.respond_to?(:m0, true); rescue Exception; end
    begin; Integer.send(:alias_method, :m1, :">"); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; String.send(:alias_method, :m2, :m1); rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
begin
  Numeric.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; v2 = Object.new(v0, 11); rescue Exception; end
begin
  v2.m4(v2) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  30.times do |i|
    begin; v3 = nil.public_send(:end, v0); rescue Exception; end
    begin; v4 = nil; rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
begin
  1.times do |i|
  end
rescue Exception
end
begin; v2.m5(); rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; v5 = v0.m6(); rescue Exception; end
begin; v6 = v2.method(:m2).call(v0, true); rescue Exception; end
begin; v7 = 30; rescue Exception; end
begin
  def v2.m0(a0)
    begin; Array.send(:alias_method, :m7, :m4); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  v8 = ->(a0) do
    begin; v9 = v2.clone; rescue Exception; end
    v2
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin; alias_method :m8, :m9; rescue Exception; end
  end
rescue Exception
end
begin; Object.instance_variable_set(:@k1, v5); rescue Exception; end
begin; Hash.send(:alias_method, :m10, :m11); rescue Exception; end
