begin; ($stash ||= []).concat(Array.new(5) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = 1.respond_to?(:m0, true); rescue Exception; end
begin
  v1 = ->(a0, *rest) do
    begin; Integer.send(:alias_method, :m1, :entries); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v2 = {:k0 => v1}; rescue Exception; end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin; v2[(2..5)] = v1; rescue Exception; end
begin; v3 = v2.respond_to?(:m3); rescue Exception; end
begin; v4 = Struct.new(:f0); rescue Exception; end
begin
  def v1.m4()
    16
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0 << $stash.shift }; rescue Exception; end
GC.start
