begin; ($stash ||= []).concat(Array.new(10) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = nil; rescue Exception; end
begin; v1 = Integer(v0); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = { v2 => 1, v1 => 2 }[v2]; rescue Exception; end
begin
  def v2.m0(a0, a1)
    22
  end
rescue Exception
end
begin; v4 = v1.respond_to?(:m1); rescue Exception; end
begin
  GC.start
  h2 = Class.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.class_variable_set(:@@m0, $stash.shift) }
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v5 = v4.method(:m2); rescue Exception; end
begin; v6 = :y2.respond_to?(:insert); rescue Exception; end
begin
  GC.start
  h3 = Object.new
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h3.instance_variable_set(:@m2, $stash.shift) }
rescue Exception
end
begin; v7 = Array.instance_method(:insert); rescue Exception; end
begin
  v8 = Proc.new do
    begin
      class String
        begin; alias m0 insert; rescue Exception; end
      end
    rescue Exception
    end
    begin; v9 = v2.respond_to?(:m3); rescue Exception; end
    (0..3)
  end
rescue Exception
end
begin
  class C0
    begin; v10 = (4..6).respond_to?(:m2, true); rescue Exception; end
    begin
      module M1
        begin; v11 = [40]; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def self.m4()
        begin; v12 = 1.5; rescue Exception; end
        "s1"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    GC.start
  end
rescue Exception
end
begin; C0.extend(M1); rescue Exception; end
begin
  v13 = Fiber.new do |x|
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; Object.send(:alias_method, :m5, :m3); rescue Exception; end
begin; v14 = C0.new(); rescue Exception; end
begin; C0.instance_variable_set(:@k0, self); rescue Exception; end
begin; v15 = v13.method(:insert); rescue Exception; end
begin; v16 = v4.respond_to?(:m5); rescue Exception; end
begin
  class << v4
    begin
      C0.send(:define_method, :m1) do |a0, *rest, p0|
        begin; C0.instance_variable_set(:@k0, a0); rescue Exception; end
        begin; v17 = Struct.new(:f0, :f1); rescue Exception; end
        (1..6)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m6()
    "s8"
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v18 = v14.send(:m7, 35); rescue Exception; end
GC.start
