begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v0 = 8.5.method(:rstrip); rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin
  v4 = self.send(:m0, k0: (3..6)) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v1.singleton_class.send(:define_method, :m1) do
        begin; v2 = Object.class_variable_get(:@@k1); rescue Exception; end
        begin; v3 = Integer("s18"); rescue Exception; end
        v0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :inject); rescue Exception; end
begin; 30.times { |i| v1[i] = [i] }; rescue Exception; end
begin; v5 = v0.respond_to?(:m0); rescue Exception; end
begin
  module M0
    begin; v6 = Object.new(true, 3); rescue Exception; end
  end
rescue Exception
end
begin
  v1.instance_eval do
    begin
      class << v5
        begin; v7 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = Object.new(1); rescue Exception; end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1[:m1] = $stash.shift }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; Object.class_variable_set(:@@k1, self); rescue Exception; end
begin; v9 = v1.clone; rescue Exception; end
begin
  v10 = proc do |a0|
    begin; v11 = Object.new(k0: a0); rescue Exception; end
    v1
  end
rescue Exception
end
begin; v10.singleton_class.send(:define_method, :m1, v0); rescue Exception; end
begin; Array.send(:alias_method, :m2, :rstrip); rescue Exception; end
begin; v12 = [[v4], [v10]].flatten; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m1, :inject); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; v13 = Object.new(); rescue Exception; end
begin; v12.m3(v9, true); rescue Exception; end
GC.start
