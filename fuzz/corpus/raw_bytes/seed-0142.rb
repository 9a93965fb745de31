GC.start
begin
  class C0
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    begin
      v1 = nil.m0(nil) do
        begin
          def m1(a0)
            begin; v0 = :y4.to_sym(1); rescue Exception; end
            (4..5)
          end
        rescue Exception
        end
        49
      end
    rescue Exception
    end
    begin; v2 = {:k0 => self}; rescue Exception; end
    begin; 100.times { |i| v2[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v3 = (1..3).send(:"==", 1); rescue Exception; end
    begin; v4 = C0.new(1); rescue Exception; end
  end
rescue Exception
end
begin; v5 = "s1"; rescue Exception; end
begin
  v5.singleton_class.send(:define_method, :m0) do
    self
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :fetch); rescue Exception; end
begin; v5.singleton_class.send(:remove_method, :">"); rescue Exception; end
GC.start
begin
  3.times do |i|
    begin
      module M1
        begin; v6 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m3, :">"); rescue Exception; end
begin
  v7 = Fiber.new do |x|
    begin; Enumerable.send(:alias_method, :m4, :hash); rescue Exception; end
    Fiber.yield(x)
    v5
  end
rescue Exception
end
begin
  class << v7
    begin
      30.times do |i|
        begin; self.send(:prepend, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Hash.send(:define_method, :m5) do |a0, a1|
    a1
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :m7); rescue Exception; end
GC.start
begin
  class C2 < Numeric
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v9 = Integer.instance_method(:hash); rescue Exception; end
begin
  v10 = Fiber.new do |x|
    Fiber.yield(x)
    v5
  end
rescue Exception
end
begin; v11 = Object.new(); rescue Exception; end
begin
  def m8(a0, o0 = 0)
    o0
  end
rescue Exception
end
begin; C0.send(:include, M1); rescue Exception; end
begin; v11.instance_eval("begin\n  module M3\n    begin; C0.send(:alias_method, :m9, :hash); rescue Exception; end\n    begin; raise RuntimeError, \"x\"; rescue Exception; end\n    begin; C0.send(:alias_method, :m1, :fetch); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class Hash
    begin; alias m10 :">"; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m11, :fetch); rescue Exception; end
begin; Enumerable.send(:alias_method, :m5, :hash); rescue Exception; end
begin
  v11.send(:m9) do
    begin; v11.singleton_class.send(:alias_method, :m1, :fetch); rescue Exception; end
    5.5
  end
rescue Exception
end
begin
  module M4
    begin; v12 = Object.new(:y5, 48); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin
      v12.m2(v12) do |a0|
        begin; v12.freeze; rescue Exception; end
        (3..7)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v9
    begin
      class C5
        begin
          r2001 = 0
          begin
            begin; p "s2"; rescue Exception; end
          rescue => e
            begin; v13 = C5.instance_method(:">"); rescue Exception; end
            begin; alias m2 :">"; rescue Exception; end
            r2001 += 1
            retry if r2001 < 2
          end
        rescue Exception
        end
        begin
          v15 = Fiber.new do |x|
            begin; v14 = :y5; rescue Exception; end
            Fiber.yield(x)
            60
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m10(a0, &blk)
        begin; v16 = true.m10(blk, k0: 3); rescue Exception; end
        begin; v17 = {:k0 => v16, :k1 => v16}; rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v18 = lambda do |a0|
    begin
      class << v7
        begin
          def self.m5()
            GC.start
            true
          end
        rescue Exception
        end
        begin; v19 = 0.5.respond_to?(:m6); rescue Exception; end
      end
    rescue Exception
    end
    v9
  end
rescue Exception
end
