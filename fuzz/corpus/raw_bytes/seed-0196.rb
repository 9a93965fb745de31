begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  Hash.send(:define_method, :m0) do |a0, *rest|
    6
  end
rescue Exception
end
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; Object.class_variable_set(:@@k2, true); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v0.extend(Enumerable); rescue Exception; end
begin
  begin
    begin; Array.send(:alias_method, :m2, :between?); rescue Exception; end
    begin; v0.singleton_class.send(:alias_method, :m3, :downto); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; Comparable.send(:alias_method, :m4, :between?); rescue Exception; end
  end
rescue Exception
end
begin; v0.between?(33); rescue Exception; end
begin
  GC.start
  h1 = {}
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[:m0] = $stash.shift }
rescue Exception
end
begin
  class << v0
    begin
      v1 = lambda do |a0|
        :y5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m5, :between?); rescue Exception; end
begin
  class C0 < Hash
    GC.start
    begin; v2 = {:k0 => 58, :k1 => nil}; rescue Exception; end
    begin; v3 = v2.initialize_copy(v2, v2); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m4, :downto); rescue Exception; end
begin; v4 = Object.new(k0: v0); rescue Exception; end
begin
  v4.instance_eval do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v4.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m2) do |o0 = 0|
    begin; 10.times { |i| Object.new }; rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
