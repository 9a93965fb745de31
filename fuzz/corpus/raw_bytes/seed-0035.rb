begin; ($stash ||= []).concat(Array.new(6) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin
  GC.start
  h1 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.call($stash.shift) }
rescue Exception
end
begin; v0 = :y3.method(:i); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  Object.send(:define_method, :m0) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin
  v3 = Fiber.new do |x|
    begin
      class << v1
        begin; v2 = 43.respond_to?(:i); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  def v1.m1(a0)
    "s14"
  end
rescue Exception
end
begin
  def m2(a0, &blk)
    begin
      Numeric.send(:define_method, :m3) do |a0, &blk|
        begin
          Numeric.class_eval do
            begin; v4 = Object.new(true); rescue Exception; end
          end
        rescue Exception
        end
        begin; Array.send(:alias_method, :m3, :m1); rescue Exception; end
        blk
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
GC.start
begin; K0 = :y5; rescue Exception; end
begin
  begin
    begin; v5 = Object.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  ensure
    begin; v7 = v1.method(:m4); rescue Exception; end
  end
rescue Exception
end
begin
  GC.start
  h2 = Class.new
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h2.send(:define_method, :m0, $stash.shift) }
rescue Exception
end
begin
  class << v0
    begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
    GC.start
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v9 = Array.instance_method(:m5); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v10 = Hash.instance_method(:each_with_object); rescue Exception; end
begin; self.m6(K0); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m4); rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :each_with_object); rescue Exception; end
begin; v11 = (4..7); rescue Exception; end
begin; Integer.send(:define_method, :m7, v9); rescue Exception; end
begin; Integer.send(:alias_method, :m8, :m2); rescue Exception; end
begin; v12 = v1.clone; rescue Exception; end
begin
  def m0(k0: 1, **kws)
    nil
  end
rescue Exception
end
GC.start
