GC.start
begin; Array.send(:alias_method, :m0, :merge!); rescue Exception; end
begin
  class String
    begin; alias m1 each_codepoint; rescue Exception; end
  end
rescue Exception
end
begin; K0 = nil; rescue Exception; end
begin; K1 = 8; rescue Exception; end
begin; v0 = :y5; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = Object.new(&v0); rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; v4 = Object.new(k0: 2); rescue Exception; end
begin; v5 = v0.to_proc; rescue Exception; end
begin; Comparable.send(:alias_method, :m2, :">="); rescue Exception; end
begin
  class << v2
    begin; C0.send(:undef_method, :">="); rescue Exception; end
    GC.start
    begin; v6 = 87; rescue Exception; end
  end
rescue Exception
end
begin; v7 = {}; rescue Exception; end
