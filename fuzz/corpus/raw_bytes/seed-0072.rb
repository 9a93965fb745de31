GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  def m0(a0, *rest, p0)
    begin; Object.send(:include, Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
