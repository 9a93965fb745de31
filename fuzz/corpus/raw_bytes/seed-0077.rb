GC.start
begin; v0 = {}; rescue Exception; end
begin; v0.replace(v0, k0: 3); rescue Exception; end
begin
  module M0
    begin; v1 = Object.new(); rescue Exception; end
    begin
      class C1 < Array
        begin
          module M2
            begin; C1.send(:remove_method, :m0); rescue Exception; end
          end
        rescue Exception
        end
        begin; v2 = C1.new(); rescue Exception; end
        begin; C1.instance_variable_set(:@k0, v2); rescue Exception; end
        begin
          class C3
            begin; C1.send(:undef_method, :m0); rescue Exception; end
            begin; v3 = nil; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v4 = v1.send(:m0, k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  v5 = lambda do |a0, a1|
    v0
  end
rescue Exception
end
begin; v6 = v0.keep_if(v5, v5); rescue Exception; end
begin; C1.send(:alias_method, :m0, :step); rescue Exception; end
