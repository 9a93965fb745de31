begin; v0 = 63.method(:m0); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v1 = []; rescue Exception; end
begin; Object.send(:define_method, :m1, v0); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
