begin; nil.send(:m0, 7.5); rescue Exception; end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin
  v0 = proc do |a0, &blk|
    begin; Hash.send(:alias_method, :m1, :hash); rescue Exception; end
    blk
  end
rescue Exception
end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin; v1 = self.send(:m2, 1); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v1); rescue Exception; end
begin
  class << v0
    begin
      module M0
        begin; raise ArgumentError, "x"; rescue Exception; end
        begin
          v3 = 4.send(:"~", 77) do
            begin; v2 = [true, 7.5].uniq.size; rescue Exception; end
            true
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; p 81; rescue Exception; end
  end
rescue Exception
end
begin; v4 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  class C1 < StandardError
    begin; v5 = [:y3, "s4", 7.5]; rescue Exception; end
    begin
      def v5.m1(a0, o0 = 0)
        true
      end
    rescue Exception
    end
    begin; alias m1 permutation; rescue Exception; end
    begin; v6 = {}; rescue Exception; end
  end
rescue Exception
end
