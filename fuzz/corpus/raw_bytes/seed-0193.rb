begin; ($stash ||= []).concat(Array.new(9) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = "s1".respond_to?(:m0); rescue Exception; end
begin; v1 = v0.send(:m0, self, v0); rescue Exception; end
begin
  Numeric.class_eval do
    begin; Numeric.send(:alias_method, :m1, :">="); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; "s5".inspect(); rescue Exception; end
    begin
      v3 = Fiber.new do |x|
        begin; Array.send(:alias_method, :m2, :">="); rescue Exception; end
        begin; v2 = {}; rescue Exception; end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = {:k0 => v1}; rescue Exception; end
begin; v5 = true; rescue Exception; end
GC.start
begin
  GC.start
  h1 = [nil, nil, nil]
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[2] = $stash.shift }
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v6 = v4.dup; rescue Exception; end
begin; v4.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :message); rescue Exception; end
begin; v4.singleton_class.send(:undef_method, :m4); rescue Exception; end
begin
  def m3(a0, *rest, p0)
    begin; v7 = Object.new(); rescue Exception; end
    begin
      v8 = proc do |o0 = 0|
        v7
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v9 = Object.new(); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; M0.send(:undef_method, :m5); rescue Exception; end
begin; v9.m0(self); rescue Exception; end
begin; v10 = [v0, v5].uniq.size; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; v11 = Object.instance_variable_get(:@k0); rescue Exception; end
begin; K1 = v5; rescue Exception; end
begin; Hash.send(:alias_method, :m6, :m7); rescue Exception; end
GC.start
begin; v12 = [v4].include?(v0); rescue Exception; end
begin; v13 = [v0, K1].sort; rescue Exception; end
GC.start
