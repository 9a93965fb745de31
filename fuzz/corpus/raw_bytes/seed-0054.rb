GC.start
begin
  v0 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    32
  end
rescue Exception
end
begin; v1 = v0.singleton_class; rescue Exception; end
begin; v2 = Object.new("s8", k0: 3); rescue Exception; end
begin
  v3 = Class.new(Hash) do
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
GC.start
