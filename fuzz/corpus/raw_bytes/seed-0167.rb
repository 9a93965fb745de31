begin
  Numeric.send(:define_method, :m0) do |a0, a1|
    begin; v0 = -0.5; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v1 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  def v1.m1(a0)
    a0
  end
rescue Exception
end
begin; v2 = {:k0 => v1, :k1 => v1}; rescue Exception; end
begin; v3 = v1.dup; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do |a0, a1|
    v2
  end
rescue Exception
end
begin; v4 = v3.new(1); rescue Exception; end
begin; v4.freeze; rescue Exception; end
begin; v2.instance_eval(""); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; v5 = 37; rescue Exception; end
begin
  v4.instance_eval do
    GC.start
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m3, :min); rescue Exception; end
begin; Object.send(:alias_method, :m4, :m5); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :min); rescue Exception; end
begin
  class << v3
    begin; v6 = Object.instance_variable_get(:@k2); rescue Exception; end
  end
rescue Exception
end
begin; K1 = v1; rescue Exception; end
begin
  v7 = lambda do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v8 = Float(v4); rescue Exception; end
begin
  v9 = Class.new(Numeric) do
    begin; v10 = C0.new(); rescue Exception; end
    begin
      class << v10
        begin
          begin
            begin; v11 = self.m6(2, 69); rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        begin; v12 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m1, :transform_values; rescue Exception; end
  end
rescue Exception
end
begin; v13 = Numeric.instance_method(:m1); rescue Exception; end
begin
  v1.send(:define_method, :m7) do |o0 = 0|
    begin
      class C1
        begin; v14 = Struct.new(:f0); rescue Exception; end
        begin; v15 = C0.new(k0: 2); rescue Exception; end
        begin; alias m8 m4; rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
GC.start
begin
  C0.send(:define_method, :m9) do
    v1
  end
rescue Exception
end
begin; v2[(3..6)] = v3; rescue Exception; end
