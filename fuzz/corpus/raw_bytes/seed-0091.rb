GC.start
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  def m0(a0, *rest)
    begin; String.send(:alias_method, :m0, :puts); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v0 = "s11".valid_encoding?(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; eval("GC.start"); rescue Exception; end
begin; v2 = v1.instance_variable_get(:@i2); rescue Exception; end
begin; v3 = v1.clone; rescue Exception; end
GC.start
GC.start
GC.start
