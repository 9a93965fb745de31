begin; ($stash ||= []).concat(Array.new(12) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = (0..3).to_s(nil); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0, a1|
    a0
  end
rescue Exception
end
begin
  String.send(:define_method, :m0) do |a0, a1|
    begin; Integer.class_eval("begin\n  class C0\n    begin; v1 = (4..4).method(:succ); rescue Exception; end\n  end\nrescue Exception\nend\nbegin; alias m0 m1; rescue Exception; end"); rescue Exception; end
    begin
      class << v0
        begin; v2 = C0.new(); rescue Exception; end
        begin
          C0.send(:define_method, :m2) do |a0, &blk|
            begin; p "s0"; rescue Exception; end
            v2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0[:m1] = $stash.shift }; rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  module M1
    begin; v4 = :y3; rescue Exception; end
  end
rescue Exception
end
begin; v5 = [v0, v3, v0].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class Struct
    begin; alias_method :m0, :"[]="; rescue Exception; end
    begin; alias_method :m0, :succ; rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0, a1)
    begin
      Array.send(:define_method, :m4) do |a0, *rest|
        begin; v6 = C0.new(a1, "s13"); rescue Exception; end
        18
      end
    rescue Exception
    end
    begin; v7 = a0.respond_to?(:m0); rescue Exception; end
    true
  end
rescue Exception
end
begin
  v8 = lambda do |a0, *rest, p0|
    begin
      v9 = Class.new(C0) do
        begin
          def self.m5(a0, &blk)
            7
          end
        rescue Exception
        end
        begin; C2.send(:alias_method, :m1, :m6); rescue Exception; end
        begin; p (2..7); rescue Exception; end
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; v10 = v3.clone; rescue Exception; end
begin; C2.instance_variable_set(:@k1, v8); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin; v10.singleton_class.send(:alias_method, :m7, :"<"); rescue Exception; end
begin; v11 = 72.respond_to?(:m7); rescue Exception; end
begin; v12 = Array(27); rescue Exception; end
begin; v13 = [(4..5), nil].sort; rescue Exception; end
begin; C2.instance_variable_set(:@k1, v3); rescue Exception; end
begin
  class << v0
    begin; v14 = C0.new(); rescue Exception; end
    begin; Numeric.send(:alias_method, :m8, :"[]="); rescue Exception; end
  end
rescue Exception
end
begin; K0 = true; rescue Exception; end
begin; C2.extend(Comparable); rescue Exception; end
begin; 8.times { |i| v10.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
GC.start
