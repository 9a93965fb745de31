begin; ($stash ||= []).concat(Array.new(12) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Array.send(:alias_method, :m0, :open); rescue Exception; end
begin; v0 = -3.respond_to?(:m0, true); rescue Exception; end
begin
  GC.start
  h1 = (proc { c = nil; proc { |y| c = y } }).call
  GC.start; GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.call($stash.shift) }
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :">="); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin
  GC.start
  def hold2
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h2 = hold2
rescue Exception
end
begin; Object.instance_variable_set(:@k0, v0); rescue Exception; end
begin
  2.times do |i|
    begin
      v2 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v3 = (0..2); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      v5 = Fiber.new do |x|
        begin; v4 = v2.clone; rescue Exception; end
        Fiber.yield(x)
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = 9.5; rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; Object.send(:alias_method, :m2, :open); rescue Exception; end
begin
  def m3(k0: 1, **kws)
    begin; p 63; rescue Exception; end
    2.5
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :">="); rescue Exception; end
begin; v7 = { 97 => 1, v1 => 2 }[97]; rescue Exception; end
begin
  class C0 < Numeric
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin; v8 = v1.method(:m4); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :">="); rescue Exception; end
begin
  class << v7
    begin; K0 = true; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Hash
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; v9 = Object.new(1); rescue Exception; end
  end
rescue Exception
end
begin
  def v1.m4(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; 73.send(:"^"); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = 1 + v7; rescue Exception; end
begin
  class << v7
    begin; v11 = self.send(:m6); rescue Exception; end
    begin
      class << v11
        begin
          module M2
            begin; 10.times { |i| { i => i } }; rescue Exception; end
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = Struct.new(:f0, :f1); rescue Exception; end
GC.start
