begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = 1 + :y5; rescue Exception; end
begin; Array.send(:alias_method, :m0, :repeated_permutation); rescue Exception; end
begin; v2 = (2..7).respond_to?(:m0); rescue Exception; end
begin; v3 = {:k0 => v2}; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin; v4 = nil.method(:repeated_permutation); rescue Exception; end
begin; v5 = Object.new(self, v0); rescue Exception; end
begin; v6 = Object.new(**v3); rescue Exception; end
