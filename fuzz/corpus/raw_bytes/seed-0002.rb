GC.start
begin; Object.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin
  def m1()
    self
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
