GC.start
begin
  v0 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      module M0
        begin; K0 = 10.5; rescue Exception; end
        begin; alias m0 :"[]="; rescue Exception; end
      end
    rescue Exception
    end
    46
  end
rescue Exception
end
begin
  v2 = Fiber.new do |x|
    begin; v1 = Object.new(true); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; v3 = v0.dup; rescue Exception; end
begin; p v3; rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m1, v3); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  class C1 < Hash
    begin; v4 = C1.instance_method(:m0); rescue Exception; end
    begin; v5 = Struct.new(:f0); rescue Exception; end
    begin
      class << v4
        begin; v6 = C1.new(); rescue Exception; end
        begin; v7 = v6.send(:m2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = (2..7); rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; C1.send(:undef_method, :m4); rescue Exception; end
    begin; v9 = Object.new(); rescue Exception; end
    true
  end
rescue Exception
end
begin
  class Struct
    begin; alias m5 :"[]="; rescue Exception; end
    begin; alias_method :m1, :succ; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      class C2 < String
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        begin
          module M3
            begin; alias m5 succ; rescue Exception; end
            begin; v10 = nil; rescue Exception; end
            begin; 300.times { |i| { i => i } }; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v11 = v3.public_send(:call, k0: 2); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v14 = Fiber.new do |x|
        begin
          module M4
            begin; v12 = 77.method(:"[]="); rescue Exception; end
            begin; v13 = C1.new(k0: 2); rescue Exception; end
          end
        rescue Exception
        end
        begin; p v3; rescue Exception; end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M5
    GC.start
    begin; C1.send(:alias_method, :m6, :m7); rescue Exception; end
    begin; eval("begin\n  module M6\n    begin; Numeric.send(:alias_method, :m8, :\"<\"); rescue Exception; end\n    begin; v15 = (0..2); rescue Exception; end\n  end\nrescue Exception\nend\nbegin\n  def self.m5(a0, a1)\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
