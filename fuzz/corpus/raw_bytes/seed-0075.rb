begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
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
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
        begin; v3 = {}; rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = C1.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v0.respond_to?(:m1, true); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m2) do
    v0
  end
rescue Exception
end
begin; p v5; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
GC.start
