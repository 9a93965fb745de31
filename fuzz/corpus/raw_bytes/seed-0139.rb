begin; v0 = Object.new(); rescue Exception; end
begin
  class C0
    begin; v1 = C0.new(); rescue Exception; end
    begin; v2 = :upcase; rescue Exception; end
    begin; v1.singleton_class.send(:alias_method, :m0, :allbits?); rescue Exception; end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; K0 = :y4; rescue Exception; end
begin
  v0.m0() do
    v0
  end
rescue Exception
end
begin
  def v0.m1(a0)
    a0
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.m2(k0: v0); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v4 = C0.new(); rescue Exception; end
    begin; v4.instance_eval("begin; K1 = :y3; rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
