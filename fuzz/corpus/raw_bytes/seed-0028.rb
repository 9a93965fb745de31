begin; ($stash ||= []).concat(Array.new(12) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = {:k0 => true, :k1 => 20}; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v1 = v0.key?(v0, k0: 3); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :m1); rescue Exception; end
begin
  v2 = Class.new(String) do
    begin; v3 = C0.class_variable_get(:@@k2); rescue Exception; end
    begin
      class << v3
        begin; C0.instance_variable_set(:@k1, nil); rescue Exception; end
        begin; v4 = self.m2(1); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.instance_variable_set(:@k0, true); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
begin
  v6 = proc do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
GC.start
