begin; ($stash ||= []).concat(Array.new(9) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  v0 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    begin
      def m0(o0 = 0)
        begin; v1 = C0.new(); rescue Exception; end
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; v2 = v0.clone; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  C0.class_eval do
    begin; v2.send(:alias_method, :m0, :first); rescue Exception; end
  end
rescue Exception
end
begin
  def m0(k0: 1, **kws)
    begin; v3 = {:k0 => k0, :k1 => true}; rescue Exception; end
    k0
  end
rescue Exception
end
begin
  class << v0
    begin
      def m1(a0, *rest, p0)
        begin; 90.to_i((0..1), k0: 3); rescue Exception; end
        begin; v4 = {}; rescue Exception; end
        p0
      end
    rescue Exception
    end
    begin
      class Range
        begin; alias_method :m0, :first; rescue Exception; end
        begin; alias_method :m0, :first; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  begin
    begin; v5 = v2.new(k0: v0); rescue Exception; end
  rescue => e
    begin
      def m3(a0, a1)
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = v0.send(:"<=>", k0: 5.5) do |a0, *rest|
    begin; v6 = v0.dup; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; C0.send(:prepend, Enumerable); rescue Exception; end
    begin; v9 = Struct.new(:f0); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  class << v7
    begin; C0.class_variable_set(:@@k2, "s0"); rescue Exception; end
  end
rescue Exception
end
begin
  v10 = v8.first() do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  C0.send(:define_method, :m4) do
    begin
      begin
        begin; v11 = v2.dup; rescue Exception; end
        begin; v12 = v8.respond_to?(:m5, true); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; 100.times { |i| { i => i } }; rescue Exception; end
      end
    rescue Exception
    end
    59
  end
rescue Exception
end
begin
  GC.start
  h1 = {}
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1[:m2] = $stash.shift }
rescue Exception
end
begin
  v13 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m6, :m3); rescue Exception; end
begin
  10.times do |i|
    begin; v14 = v0.singleton_class; rescue Exception; end
  end
rescue Exception
end
begin; p v2; rescue Exception; end
begin; v15 = v8.resume(1); rescue Exception; end
begin; v16 = v0.clone; rescue Exception; end
begin; v17 = :y3; rescue Exception; end
begin
  v18 = ->(a0, &blk) do
    begin
      class << v10
        begin
          v19 = ->(a0, *rest) do
            a0
          end
        rescue Exception
        end
        begin; v20 = v19.singleton_class; rescue Exception; end
        begin; v21 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    v17
  end
rescue Exception
end
begin; C0.extend(Enumerable); rescue Exception; end
begin; v22 = [v2, v10].sort; rescue Exception; end
begin
  r2 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v13.public_send(:m7, nil, v13); rescue Exception; end
    r2 += 1
    retry if r2 < 2
  ensure
    begin; v16.singleton_class.send(:remove_method, :m8); rescue Exception; end
    begin
      class C1 < Exception
        begin
          def m9(a0, a1)
            begin; v23 = self.m1(1); rescue Exception; end
            begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v23.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v24 = C0.class_variable_get(:@@k1); rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
