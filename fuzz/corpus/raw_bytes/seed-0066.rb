begin; ($stash ||= []).concat(Array.new(9) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin; p 0.5; rescue Exception; end
begin; v0 = Object.instance_variable_get(:@k0); rescue Exception; end
begin
  v1 = lambda do |a0, o0 = 0|
    o0
  end
rescue Exception
end
GC.start
begin; v1.instance_variable_set(:@i2, :y2); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v2 = proc do
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    v1
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :clear); rescue Exception; end
begin; v3 = (3..5).respond_to?(:lines); rescue Exception; end
begin; v1.zip(v0, k0: 3); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v4 = :y4.respond_to?(:m1, true); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :zero?); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m2] = $stash.shift }; rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :zip); rescue Exception; end
begin
  GC.start
  h1 = Class.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.send(:define_method, :m1, $stash.shift) }
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin
      v2.singleton_class.send(:define_method, :m3) do
        begin; v5 = v0.m4(&v1); rescue Exception; end
        v4
      end
    rescue Exception
    end
    begin; v2.singleton_class.send(:alias_method, :m5, :zero?); rescue Exception; end
    Fiber.yield(x)
    v4
  end
rescue Exception
end
begin; v7 = v1.dup; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v8 = v2.dup; rescue Exception; end
begin
  class C0 < Numeric
    begin; v9 = [1.5, 99].uniq.size; rescue Exception; end
    begin
      String.send(:define_method, :m6) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = v8.instance_variable_get(:@i1); rescue Exception; end
begin; C0.send(:undef_method, :m7); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v11 = v6.zip(k0: v3); rescue Exception; end
begin; v12 = [8.5].include?(self); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; eval("begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end"); rescue Exception; end
GC.start
