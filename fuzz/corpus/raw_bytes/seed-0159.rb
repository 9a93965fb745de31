GC.start
begin; v0 = self.m0(:y5); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :message); rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0, *rest, p0|
    v1
  end
rescue Exception
end
begin; v2 = v1.method(:m1); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  3.times do |i|
    begin
      def v1.m0()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m2()
    begin
      3.times do |i|
        begin; v3 = Object.instance_variable_get(:@k2); rescue Exception; end
      end
    rescue Exception
    end
    "s12"
  end
rescue Exception
end
begin; v4 = [[v1], [v2]].flatten; rescue Exception; end
begin; v5 = Object.new(-1, k0: 3); rescue Exception; end
begin
  v6 = lambda do
    begin; Hash.send(:alias_method, :m3, :min); rescue Exception; end
    19
  end
rescue Exception
end
begin; v7 = nil == true; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v5); rescue Exception; end
begin; Object.instance_variable_set(:@k1, self); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin; v8 = Object.new(:y2, k0: 3); rescue Exception; end
begin; v9 = v5.singleton_class; rescue Exception; end
begin
  class C0
    begin
      v10 = proc do |o0 = 0|
        o0
      end
    rescue Exception
    end
    GC.start
    begin; v11 = [20, v10, 20].sort { |x, y| y <=> x }; rescue Exception; end
  end
rescue Exception
end
begin; v12 = [v7, v4].sort; rescue Exception; end
begin
  v13 = proc do |a0, *rest, p0|
    v1
  end
rescue Exception
end
begin
  class << v2
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
begin; v14 = v9.new(&v2); rescue Exception; end
begin; v15 = C0.instance_method(:message); rescue Exception; end
begin
  v13.singleton_class.send(:define_method, :m2) do |a0, a1|
    K0
  end
rescue Exception
end
begin
  class << v1
    begin; v16 = C0.new(:y3, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m4, :to_h); rescue Exception; end
begin; (2..3).send(:eql?, 1); rescue Exception; end
begin
  v8.instance_eval do
    begin; v17 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
