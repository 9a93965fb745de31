begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin; Numeric.send(:alias_method, :m0, :update); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin; Range.send(:alias_method, :m0, :each); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  v2 = v0.m1() do |a0, &blk|
    v0
  end
rescue Exception
end
begin; v3 = :y1; rescue Exception; end
begin
  GC.start
  h2 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2 << $stash.shift }
rescue Exception
end
begin
  v4 = proc do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v3.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    begin; C0.send(:undef_method, :m0); rescue Exception; end
    v3
  end
rescue Exception
end
begin; p v4; rescue Exception; end
begin
  class << v0
    begin; v5 = Object.new(); rescue Exception; end
    begin
      begin
      rescue => e
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
      end
    rescue Exception
    end
    begin; Object.send(:alias_method, :m0, :update); rescue Exception; end
  end
rescue Exception
end
begin; v6 = nil.send(:m2, v2, k0: 3); rescue Exception; end
begin
  Array.send(:define_method, :m3) do |a0|
    begin; raise TypeError, "x"; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m4, :update); rescue Exception; end
begin; v4.call(); rescue Exception; end
begin; v0.instance_variable_set(:@i1, v0); rescue Exception; end
GC.start
begin; v7 = Object.new(k0: v0); rescue Exception; end
begin; v8 = Object.new(v6); rescue Exception; end
begin; v9 = Integer(v0); rescue Exception; end
begin; nil.public_send(:m5); rescue Exception; end
begin
  v11 = v7.m2(k0: self) do |a0|
    begin; v10 = [v7, a0].max; rescue Exception; end
    a0
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v12 = Range.instance_method(:m4); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m6, :each); rescue Exception; end
begin; v13 = v8.send(:m7, k0: v6); rescue Exception; end
GC.start
