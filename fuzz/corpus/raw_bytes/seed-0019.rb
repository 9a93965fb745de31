GC.start
begin; C0.send(:undef_method, :m0); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
