begin
  class C0
    begin; v0 = nil.method(:m0).call("s14"); rescue Exception; end
    begin
      begin
        begin; v1 = v0.m1(); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = "s19"; rescue Exception; end
begin; Hash.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v2 = [11.5, (3..6)].max; rescue Exception; end
begin
  v3 = Class.new(Array) do
    begin; p 0.5; rescue Exception; end
  end
rescue Exception
end
begin; v4 = true.respond_to?(:m3); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
    K0
  end
rescue Exception
end
begin; v5 = [:y4, v2].max; rescue Exception; end
begin
  5.times do |i|
    begin; v3.instance_variable_set(:@i1, v4); rescue Exception; end
  end
rescue Exception
end
begin
  class String
    begin; alias m5 rjust; rescue Exception; end
    begin; alias_method :m0, :rjust; rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(K0); rescue Exception; end
begin; v6.public_send(:m0); rescue Exception; end
begin
  v8 = v5.m6(v3, v3) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v7 = Class.new(Hash) do
        begin; true.rjust(K0, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  v10 = v4.m4(1) do |a0|
    begin; v9 = nil; rescue Exception; end
    v5
  end
rescue Exception
end
begin; v11 = 85; rescue Exception; end
begin; v12 = C0.instance_method(:succ); rescue Exception; end
begin; v13 = C2.new(1); rescue Exception; end
GC.start
