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
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  class C1 < String
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    begin; C0.send(:remove_method, :message); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m0); rescue Exception; end
