begin; ($stash ||= []).concat(Array.new(7) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Comparable.send(:alias_method, :m0, :"=="); rescue Exception; end
begin; K0 = 92; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :extend); rescue Exception; end
begin
  v0 = lambda do |a0, o0 = 0|
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    16.5
  end
rescue Exception
end
begin
  v1 = ->(a0, &blk) do
    begin; v2 = [true, v0].max; rescue Exception; end
    begin; v3 = v2.send(:m2, :y2, 45); rescue Exception; end
    blk
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[1] = $stash.shift }; rescue Exception; end
begin; M0.send(:undef_method, :gsub); rescue Exception; end
begin
  module M0
    begin
      Hash.send(:define_method, :m3) do |a0, a1|
        begin; v4 = Object.new(true, "s8"); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = Fiber.new do |x|
    Fiber.yield(x)
    69
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :m2); rescue Exception; end
begin
  GC.start
  h1 = Object.new
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.instance_variable_set(:@m2, $stash.shift) }
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin
  class << v5
    begin
      v6 = Fiber.new do |x|
        Fiber.yield(x)
        (0..2)
      end
    rescue Exception
    end
    begin; v7 = Integer.instance_method(:m4); rescue Exception; end
  end
rescue Exception
end
begin
  Array.send(:define_method, :m4) do |a0|
    begin; v8 = Object.class_variable_get(:@@k1); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v5
    begin; v9 = Object.new(K0); rescue Exception; end
    begin; alias_method :m3, :"=="; rescue Exception; end
    begin; Object.instance_variable_set(:@k0, (3..7)); rescue Exception; end
  end
rescue Exception
end
begin; v10 = "abc" + v0; rescue Exception; end
begin; p v5; rescue Exception; end
begin
  class String
    begin; alias m5 gsub; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v1.send(:arity, 56); rescue Exception; end
begin; p v11; rescue Exception; end
begin
  class << v0
    begin; v12 = Integer.instance_method(:m6); rescue Exception; end
    begin
      def m7(k0: 1, **kws)
        begin; v13 = Object.new(); rescue Exception; end
        "s9"
      end
    rescue Exception
    end
    begin
      def m8(a0, &blk)
        begin
          String.send(:define_method, :m6) do |k0: 1, **kws|
            k0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = Object.new(); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v14.singleton_class.send(:alias_method, :m4, :extend); rescue Exception; end
GC.start
