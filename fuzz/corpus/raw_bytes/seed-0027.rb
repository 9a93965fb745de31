begin; ($stash ||= []).concat(Array.new(9) { |j| Object.new }); rescue Exception; end
GC.start
begin
  class C0
    begin; C0.send(:remove_method, :m0); rescue Exception; end
    begin; v0 = nil.respond_to?(:m0); rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    begin; C0.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; Range.extend(Comparable); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  C0.send(:define_method, :m0) do |o0 = 0|
    begin; raise TypeError, "x"; rescue Exception; end
    begin; v1 = C0.instance_variable_get(:@k0); rescue Exception; end
    13.5
  end
rescue Exception
end
GC.start
begin
  v2 = proc do |a0, a1|
    begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
    begin; v3 = self.m0(nil, true); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      30.times do |i|
      end
    rescue Exception
    end
    begin; v4 = 24; rescue Exception; end
    begin; v5 = [v4, v4].sort; rescue Exception; end
    begin; v6 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m0) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v7 = Integer(:y3); rescue Exception; end
begin
  v2.instance_eval do
    begin
      v8 = ->() do
        begin; v9 = 1 + v2; rescue Exception; end
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = -3.public_send(:">>", v7, v2) do |a0, *rest|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; v2.extend(Enumerable); rescue Exception; end
begin
  v12 = Fiber.new do |x|
    begin
      begin
        begin; Numeric.send(:define_method, :m1, v2); rescue Exception; end
      rescue => e
      ensure
        begin; v11 = 55; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v7
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m0, :last; rescue Exception; end
  end
rescue Exception
end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  v14 = self.m2() do |a0, a1|
    begin; v13 = Integer(self); rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
