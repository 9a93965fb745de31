GC.start
begin; v0 = Numeric.instance_method(:m0); rescue Exception; end
begin
  v1 = proc do |a0|
    a0
  end
rescue Exception
end
begin
  class C0 < String
    begin; v2 = 47; rescue Exception; end
    begin; v3 = v2.send(:downto, "s19", k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v0.m1(v0, k0: 3); rescue Exception; end
begin
  class C1
    begin; v4 = (3..5); rescue Exception; end
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; v5 = {:k0 => v0, :k1 => v0}; rescue Exception; end
    begin
      class << v1
        begin; alias_method :m2, :m3; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; Enumerable.send(:alias_method, :m4, :sum); rescue Exception; end
  ensure
    begin; v6 = Object.instance_method(:index); rescue Exception; end
    begin
      v7 = proc do |a0|
        begin; v1.singleton_class.send(:alias_method, :m1, :to_proc); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [v1, self, v1].sort { |x, y| y <=> x }; rescue Exception; end
begin; K0 = 1; rescue Exception; end
begin
  v9 = lambda do |a0, &blk|
    begin
      v10 = ->(a0, a1) do
        begin; v11 = K0.respond_to?(:m5); rescue Exception; end
        v1
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m6) do |k0: 1, **kws|
    begin; v12 = Object.new(); rescue Exception; end
    kws
  end
rescue Exception
end
begin; v13 = C1.new(); rescue Exception; end
begin; v13.extend(Comparable); rescue Exception; end
begin
  def v9.m6()
    :y4
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; K1 = K0; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v14 = v8.send(:index, 68); rescue Exception; end
begin; C0.send(:alias_method, :m7, :sum); rescue Exception; end
begin; v13.instance_variable_set(:@i2, v1); rescue Exception; end
begin; v15 = v1.method(:sum); rescue Exception; end
begin
  v9.call(k0: v8) do
    v15
  end
rescue Exception
end
begin
  v16 = self.to_proc(1) do
    begin; C1.send(:alias_method, :m8, :to_proc); rescue Exception; end
    begin; v1.singleton_class.send(:define_method, :m7, v15); rescue Exception; end
    v13
  end
rescue Exception
end
begin
  3.times do |i|
    GC.start
  end
rescue Exception
end
