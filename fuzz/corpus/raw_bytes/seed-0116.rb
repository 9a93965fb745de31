begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v1.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin; v2 = :y5; rescue Exception; end
begin; v3 = v0.clone; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
begin
  class << v3
    begin
      Range.send(:define_method, :m0) do |a0, *rest, p0|
        (0..2)
      end
    rescue Exception
    end
    begin; Numeric.send(:alias_method, :m1, :step); rescue Exception; end
    begin; alias m0 :"+@"; rescue Exception; end
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin
      class << v1
        begin; alias_method :m2, :"+@"; rescue Exception; end
        begin
          def m3(a0, *rest, p0)
            begin; v4 = String(:y0); rescue Exception; end
            begin; Object.const_set(:K0, p0); rescue Exception; end
            "s19"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = v1.inherited(k0: v2); rescue Exception; end
begin; v6 = {:k0 => v1}; rescue Exception; end
begin
  def v1.m4(a0, a1)
    begin
      v7 = "s0".lstrip(a1, 73) do |a0, o0 = 0, *rest, k0: 1, &blk|
        nil
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v1.send(:include, Comparable); rescue Exception; end
begin; v8 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  3.times do |i|
    begin; v9 = v3.singleton_class; rescue Exception; end
    begin; v10 = 95.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m5, :step; rescue Exception; end
    begin; alias_method :m6, :step; rescue Exception; end
  end
rescue Exception
end
begin; v11 = K0 == v1; rescue Exception; end
begin
  30.times do |i|
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    v6
  end
rescue Exception
end
GC.start
GC.start
