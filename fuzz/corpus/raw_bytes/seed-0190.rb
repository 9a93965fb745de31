begin; p "s5"; rescue Exception; end
begin
  v0 = self.message(40) do |a0|
    begin; C0.send(:remove_method, :merge); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v0.send(:m0, k0: 2); rescue Exception; end
begin; v1 = Object.new(v0, k0: 3); rescue Exception; end
begin; v2 = [v1, v1, v0]; rescue Exception; end
begin
  v3 = Fiber.new do |x|
    Fiber.yield(x)
    (2..5)
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  v4 = proc do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin; v6 = v5.instance_method(:message); rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = v6.bind(v0); rescue Exception; end
begin
  v9 = Class.new(Hash) do
    begin
      def m1(a0, a1)
        nil
      end
    rescue Exception
    end
    begin; v10 = Object.new(1); rescue Exception; end
    begin; v11 = Struct.new(:f0, :f1); rescue Exception; end
    begin
      def m2()
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = {}; rescue Exception; end
begin; v13 = v3.resume(1); rescue Exception; end
begin; v14 = v9.new(v7, v7); rescue Exception; end
begin; K0 = v14; rescue Exception; end
GC.start
begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; Array.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  v16 = v8.call(**v12) do
    begin; p v2; rescue Exception; end
    v5
  end
rescue Exception
end
begin
  def m5(a0)
    begin; v17 = C0.new(14, "s7"); rescue Exception; end
    true
  end
rescue Exception
end
begin; v18 = C0.new(); rescue Exception; end
begin; v2 << 0.5; rescue Exception; end
begin; v9.instance_variable_set(:@i2, v6); rescue Exception; end
