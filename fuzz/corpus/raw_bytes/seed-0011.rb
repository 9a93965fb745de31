begin; ($stash ||= []).concat(Array.new(6) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = 66.send(:"<=>"); rescue Exception; end
begin; C0.send(:remove_method, :lines); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :lines); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :lines); rescue Exception; end
begin; eval("begin\n  def m0()\n    begin\n      begin\n        begin; Object.instance_variable_set(:@k0, true); rescue Exception; end\n        begin\n          Integer.send(:define_method, :m1) do |a0, o0 = 0|\n            21\n          end\n        rescue Exception\n        end\n        begin; raise ArgumentError, \"r\"; rescue Exception; end\n      rescue => e\n        begin; Object.instance_variable_set(:@k1, true); rescue Exception; end\n      end\n    rescue Exception\n    end\n    true\n  end\nrescue Exception\nend\nbegin; v1 = Object.new(v0); rescue Exception; end"); rescue Exception; end
begin; v2 = []; rescue Exception; end
begin; v3 = v2.singleton_class; rescue Exception; end
GC.start
begin; v4 = v3.new(); rescue Exception; end
begin; K0 = true; rescue Exception; end
