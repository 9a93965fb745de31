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
    begin; eval("begin\n  module M6\n    begin; Numeric.send(:alias_method, :m8, :\"<\"); rescue Exception; end\n    begin; v15 = (0..2); rescue Exception; end\n  end\nrescue Exception\nend\nbegin\n  def m5(a0, a1)\n    a1\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin
  class C7 < C1
    begin; v16 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    GC.start
    begin; p K0; rescue Exception; end
    begin
      begin
        begin
          3.times do |i|
            begin; v17 = self.public_send(:m9, -1, k0: 3); rescue Exception; end
            begin; v18 = {}; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C8
            begin; C7.send(:alias_method, :m6, :"<"); rescue Exception; end
            begin; C7.send(:remove_method, :">"); rescue Exception; end
            begin; v19 = nil.method(:succ); rescue Exception; end
            begin; K1 = v19; rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
      ensure
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v20 = v2.m10(k0: v3) do |a0, a1|
    v3
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m11, :">"); rescue Exception; end
begin; K2 = v3; rescue Exception; end
begin
  class Integer
    begin; alias m1 succ; rescue Exception; end
  end
rescue Exception
end
begin
  v21 = ->(a0, *rest) do
    begin; v22 = v0.dup; rescue Exception; end
    K2
  end
rescue Exception
end
GC.start
begin
  v23 = lambda do |a0, a1|
    begin; v24 = C1.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v25 = v23.singleton_class; rescue Exception; end
begin
  begin
    begin; C7.send(:include, M4); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v26 = nil; rescue Exception; end
  ensure
    begin; v23.instance_variable_set(:@i1, 60); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m8, :">"); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m11, :"<"); rescue Exception; end
