begin; v0 = Object.new(); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :to_c); rescue Exception; end
begin; v1 = :y4; rescue Exception; end
GC.start
begin; v2 = v0.method(:m0); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = Range.instance_method(:select); rescue Exception; end
begin
  v5 = Class.new(Object) do
    begin; String.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v4; rescue Exception; end
begin; p v2; rescue Exception; end
begin; v6 = v5.singleton_class; rescue Exception; end
begin; v7 = v6.new(); rescue Exception; end
