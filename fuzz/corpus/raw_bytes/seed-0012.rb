begin; v0 = Object.new(); rescue Exception; end
begin
  def m0(a0, *rest, p0)
    begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
    true
  end
rescue Exception
end
begin
  5.times do |i|
    begin; Numeric.send(:alias_method, :m1, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  v1 = ->(a0, o0 = 0) do
    begin; v2 = v0.method(:open); rescue Exception; end
    GC.start
    a0
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
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
