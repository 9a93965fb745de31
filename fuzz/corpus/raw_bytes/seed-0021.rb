begin; ($stash ||= []).concat(Array.new(8) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; v0 = Object.new(53, -1); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v1 = 13.5.respond_to?(:message); rescue Exception; end
begin
  module M0
    begin; Object.instance_variable_set(:@k0, nil); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      class Exception
        begin; alias_method :m2, :message; rescue Exception; end
        begin; alias_method :m3, :message; rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
GC.start
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, o0 = 0|
    begin; v2 = v0.public_send(:m4, 0.5); rescue Exception; end
    o0
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k1, 81); rescue Exception; end
begin
  class << v1
    begin; M0.send(:undef_method, :m5); rescue Exception; end
    begin
      def self.m6(a0)
        begin; v3 = 32.message(1); rescue Exception; end
        18
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = :upcase; rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; v1.send(:m7, k0: v4); rescue Exception; end
begin; v6 = nil; rescue Exception; end
begin; v7 = self.method(:m8).call(v0, nil); rescue Exception; end
begin; v8 = v7.respond_to?(:m9, true); rescue Exception; end
begin; v9 = v5.singleton_class; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      self.m10(1) do |a0|
        GC.start
        a0
      end
    rescue Exception
    end
    GC.start
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      v10 = ->() do
        9.5
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  v11 = Fiber.new do |x|
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v7.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
    Fiber.yield(x)
    (0..1)
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m2, $stash.shift) }; rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
GC.start
