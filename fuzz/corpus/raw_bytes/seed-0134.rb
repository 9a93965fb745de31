begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = 19.5.method(:__repeated_combination); rescue Exception; end
begin; v1 = true; rescue Exception; end
begin; v2 = (4..7); rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.replace([$stash.shift]) }
rescue Exception
end
begin; v3 = [v1].include?(v0); rescue Exception; end
begin; v4 = Object.new(63); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  module M0
    begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
    begin; v5 = "s7".respond_to?(:m1); rescue Exception; end
    begin; alias_method :m2, :m3; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v4.respond_to?(:m4, true); rescue Exception; end
begin
  def m0()
    (0..4)
  end
rescue Exception
end
begin
  v0.public_send(:call, v4) do |a0, a1|
    begin; raise RuntimeError, "x"; rescue Exception; end
    v1
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise TypeError, "x"; rescue Exception; end
  rescue => e
    begin; v7 = [e, v4, :y0]; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  def v4.m1()
    -1.5
  end
rescue Exception
end
begin; v8 = v4.singleton_class; rescue Exception; end
begin
  class C1 < Numeric
    begin; v9 = 2; rescue Exception; end
    begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v9[:m2] = $stash.shift }; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  class << v8
    begin; C1.class_variable_set(:@@k0, 90); rescue Exception; end
    begin; v10 = :y1.send(:downcase); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v11 = 12.5.respond_to?(:m0, true); rescue Exception; end
begin
  begin
    begin; v12 = []; rescue Exception; end
  rescue => e
    begin; v4.singleton_class.send(:undef_method, :m0); rescue Exception; end
    begin
      v13 = proc do |a0, &blk|
        begin
          C1.class_eval do
            GC.start
            begin; C1.instance_variable_set(:@k1, a0); rescue Exception; end
          end
        rescue Exception
        end
        begin; v8.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = true; rescue Exception; end
begin
  class << v0
    begin
      v15 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    begin; v16 = C1.new(); rescue Exception; end
    begin
      C1.class_eval do
        begin; K0 = K0; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
