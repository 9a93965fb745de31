GC.start
begin; v0 = true.respond_to?(:m0); rescue Exception; end
begin
  v0.public_send(:m1) do |a0, *rest|
    begin; Hash.send(:alias_method, :m2, :m3); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v1 = {:k0 => self, :k1 => nil}; rescue Exception; end
begin; v2 = v1.clone; rescue Exception; end
begin; Numeric.send(:alias_method, :m4, :upto); rescue Exception; end
begin; v2[(0..4)] = self; rescue Exception; end
begin
  v3 = proc do |a0, a1|
    begin; v4 = Array.instance_method(:m5); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v5 = nil.send(:m6, v2); rescue Exception; end
begin; v6 = v2.each_value(v2, v5); rescue Exception; end
begin; "s1".send(:upto, v5, 3); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
GC.start
begin; v7 = Object.new(v6, -1.5); rescue Exception; end
begin; p v3; rescue Exception; end
begin; v8 = [nil]; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v9 = "s15"; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m7, :m3); rescue Exception; end
begin
  v12 = Fiber.new do |x|
    begin; v10 = v3.to_proc; rescue Exception; end
    begin
      v11 = Proc.new do |a0|
        begin; v3.instance_variable_set(:@i3, v0); rescue Exception; end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    v6
  end
rescue Exception
end
