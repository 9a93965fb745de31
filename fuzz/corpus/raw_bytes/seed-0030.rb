GC.start
begin
  v1 = :y3.name() do |a0, &blk|
    begin; v0 = Object.new(2.5, nil); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class C0
    begin
      v2 = ->(a0, a1) do
        a0
      end
    rescue Exception
    end
    begin
      v3 = proc do |a0, &blk|
        begin; v4 = nil; rescue Exception; end
        begin; v5 = "s14".respond_to?(:m0); rescue Exception; end
        v2
      end
    rescue Exception
    end
    begin; Enumerable.send(:alias_method, :m1, :collect_concat); rescue Exception; end
  end
rescue Exception
end
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = v6.clone; rescue Exception; end
begin; v8 = 11.5; rescue Exception; end
begin
  v9 = proc do
    nil
  end
rescue Exception
end
begin
  def v9.m2(k0: 1, **kws)
    (4..7)
  end
rescue Exception
end
GC.start
begin; p v6; rescue Exception; end
begin
  module M1
    begin; v10 = {:k0 => true, :k1 => nil}; rescue Exception; end
  end
rescue Exception
end
begin; v11 = C0.new(v8, k0: 3); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v12 = Object.new(1); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v13 = 20; rescue Exception; end
begin
  class Integer
    begin; alias_method :m2, :ceildiv; rescue Exception; end
    begin; alias_method :m2, :ceildiv; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Array
    begin; v14 = ["s19", 84, self]; rescue Exception; end
    begin; v15 = 8.5.nan?(16.5, *v14, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  def v7.m0(a0, *rest, p0)
    begin; C0.send(:alias_method, :m3, :ceildiv); rescue Exception; end
    "s0"
  end
rescue Exception
end
