begin; ($stash ||= []).concat(Array.new(11) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = true.send(:m1, 62, true); rescue Exception; end
begin; v1 = 82; rescue Exception; end
begin; K0 = 13; rescue Exception; end
GC.start
begin; v2 = Object.new(K0); rescue Exception; end
GC.start
