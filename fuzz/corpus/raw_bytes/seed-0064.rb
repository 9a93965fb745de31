GC.start
begin
  module M0
    begin; v0 = 52.public_send(:fetch_values, self); rescue Exception; end
    begin; p nil; rescue Exception; end
    begin; v1 = {}; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
begin
  v2 = proc do
    43
  end
rescue Exception
end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin; v3.instance_variable_set(:@i2, v2); rescue Exception; end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin
  class C1 < Hash
    begin; v4 = C1.new(); rescue Exception; end
    begin; K0 = v4; rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin
  def v2.m0()
    begin; v6 = [:y0, (1..1)]; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v7 = v2.to_proc; rescue Exception; end
begin; v3.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  v8 = proc do |k0: 1, **kws|
    v7
  end
rescue Exception
end
