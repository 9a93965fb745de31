begin; self.m0(self, "s3"); rescue Exception; end
begin; v0 = nil.respond_to?(:m1); rescue Exception; end
begin; v1 = Integer(v0); rescue Exception; end
begin; Integer.send(:alias_method, :m1, :inject); rescue Exception; end
begin
  10.times do |i|
    begin
      v2 = proc do |a0, o0 = 0|
        self
      end
    rescue Exception
    end
    begin; K0 = v0; rescue Exception; end
  end
rescue Exception
end
begin; v3 = self.m2(v0, v0); rescue Exception; end
begin; v4 = [v1, v3]; rescue Exception; end
begin
  5.times do |i|
    begin
      class C0 < String
        begin; alias m3 slice!; rescue Exception; end
        begin
          class C1 < Exception
            begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m0); rescue Exception; end
        begin; Array.send(:alias_method, :m4, :max); rescue Exception; end
      end
    rescue Exception
    end
    begin; v6 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; K1 = v0; rescue Exception; end
begin
  v7 = Class.new(Array) do
    begin; Array.send(:alias_method, :m5, :select); rescue Exception; end
    begin; alias m6 select; rescue Exception; end
    begin; 10.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v8 = v0.send(:m7); rescue Exception; end
begin
  C2.send(:define_method, :m8) do |a0|
    begin; v9 = {}; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v7.singleton_class.send(:define_method, :m9) do |o0 = 0|
    begin; v10 = []; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v11 = v7.new(true, *v4, k0: 3); rescue Exception; end
begin
  v13 = Fiber.new do |x|
    begin; v12 = [10, 20, 30, 40][15.5]; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v14 = v11.respond_to?(:select); rescue Exception; end
begin
  v15 = Proc.new do
    begin
      module M3
        begin; v16 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    v14
  end
rescue Exception
end
begin
  v17 = lambda do |a0, a1|
    K0
  end
rescue Exception
end
begin; v18 = v11.dup; rescue Exception; end
begin
  class C4 < C1
    begin
      def m5(a0, *rest, p0)
        nil
      end
    rescue Exception
    end
    begin; v19 = C1.new(); rescue Exception; end
    begin
      class C5
        begin; v20 = :y4.send(:intern, k0: :y1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15.singleton_class.send(:alias_method, :m10, :select); rescue Exception; end
begin; v21 = {}; rescue Exception; end
begin; v4.instance_eval("begin; 300.times { |i| { i => i } }; rescue Exception; end\nbegin; v15.singleton_class.send(:alias_method, :m11, :inject); rescue Exception; end"); rescue Exception; end
begin
  class Range
    begin; alias m6 max; rescue Exception; end
    begin; alias_method :m4, :m9; rescue Exception; end
  end
rescue Exception
end
begin; v21[(1..6)] = nil; rescue Exception; end
begin; v22 = 1 + v13; rescue Exception; end
begin; v23 = v17.method(:m10); rescue Exception; end
