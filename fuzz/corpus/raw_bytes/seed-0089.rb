GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  def m0(a0, *rest, p0)
    begin; Object.send(:include, Enumerable); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; p 5.5; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0.instance_variable_set(:@i1, v1); rescue Exception; end
begin; v1.allocate(k0: 2); rescue Exception; end
