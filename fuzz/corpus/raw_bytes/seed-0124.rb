begin; v0 = true.method(:m0); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v1 = {:k0 => (2..3), :k1 => v0}; rescue Exception; end
begin
  class << v0
    begin
      class C0
        begin; v2 = C0.new(); rescue Exception; end
        begin
          class << v2
            begin; 50.times { |i| proc { i } }; rescue Exception; end
            begin; v3 = "s11".public_send(:capitalize, 1); rescue Exception; end
            begin; v4 = String.instance_method(:repeated_permutation); rescue Exception; end
          end
        rescue Exception
        end
        begin
          def v2.m1()
            begin; v5 = C0.new(); rescue Exception; end
            94
          end
        rescue Exception
        end
        begin; alias_method :m2, :repeated_permutation; rescue Exception; end
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; v1.extend(Enumerable); rescue Exception; end
begin; v1[:y1] = v0; rescue Exception; end
begin; C0.send(:alias_method, :m2, :repeated_permutation); rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  v6 = proc do
    begin; 30.times { |i| v1[i] = [i] }; rescue Exception; end
    begin; v7 = v1.m3(&v0); rescue Exception; end
    self
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :m3); rescue Exception; end
GC.start
