begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v0 = "s0".send(:replace, 1); rescue Exception; end
begin
  Range.send(:define_method, :m0) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :message); rescue Exception; end
begin; K0 = true; rescue Exception; end
begin; p v0; rescue Exception; end
begin; K1 = K0; rescue Exception; end
begin; v1 = {:k0 => 6.5, :k1 => (2..5)}; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v2 = []; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[:m2] = $stash.shift }; rescue Exception; end
begin; Object.instance_variable_set(:@k1, K0); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :drop_while); rescue Exception; end
begin; v3 = "s12"; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[:m2] = $stash.shift }; rescue Exception; end
begin
  v4 = proc do |k0: 1|
    k0
  end
rescue Exception
end
begin
  v4.public_send(:call) do |a0, &blk|
    blk
  end
rescue Exception
end
begin
  v5 = Class.new(Object) do
    begin; alias_method :m3, :drop_while; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; v6 = v4.to_proc; rescue Exception; end
begin
  class << v6
    begin; C0.send(:remove_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin
  class << v0
    begin
      v7 = Class.new(StandardError) do
        begin; v8 = C0.new(1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
GC.start
