begin; Hash.class_eval("begin; v0 = {}; rescue Exception; end\nbegin\n  v1 = lambda do |o0 = 0|\n    begin; v2 = Object.new(1); rescue Exception; end\n    begin\n      v3 = proc do |k0: 1|\n        GC.start\n        k0\n      end\n    rescue Exception\n    end\n    o0\n  end\nrescue Exception\nend"); rescue Exception; end
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
GC.start
