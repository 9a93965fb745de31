begin
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    true
  end
rescue Exception
end
begin; v1 = Object.new(self); rescue Exception; end
begin; v2 = Object.new(v1); rescue Exception; end
begin
  Array.send(:define_method, :m0) do
    v1
  end
rescue Exception
end
begin; v3 = nil; rescue Exception; end
begin; v4 = v1.dup; rescue Exception; end
begin
  class << v2
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.class_variable_set(:@@k1, :y1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :each); rescue Exception; end
begin
  class << v4
    begin
      10.times do |i|
        begin; v5 = (4..5).method(:initialize).call(:y3, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = [[77], [:y0]].flatten; rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin
  class << v1
    begin
      self.send(:m1, 6.5, self) do |a0, &blk|
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin; v8 = C1.new(77, nil); rescue Exception; end
    begin
      2.times do |i|
      end
    rescue Exception
    end
    begin
      v9 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; Hash.send(:alias_method, :m1, :m1); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  def m2()
    begin; v10 = :y5; rescue Exception; end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
    (2..7)
  end
rescue Exception
end
begin
  class << v7
    begin; v11 = nil.m2(); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; alias_method :m3, :each_pair; rescue Exception; end
  end
rescue Exception
end
begin; v12 = Object.new(v2); rescue Exception; end
begin; 8.times { |i| v12.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v13 = nil; rescue Exception; end
begin
  v14 = proc do |a0|
    a0
  end
rescue Exception
end
begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v4
    begin; v16 = C1.new(); rescue Exception; end
    begin; 100.times { |i| v16.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; v17 = (0..5); rescue Exception; end
  end
rescue Exception
end
begin
  def m1()
    begin; raise ArgumentError, "x"; rescue Exception; end
    self
  end
rescue Exception
end
begin; K0 = v7; rescue Exception; end
begin
  class << v14
    begin
      class C2 < C1
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin
          C2.send(:define_method, :m0) do |a0, *rest, p0|
            begin; v18 = C2.new(); rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v19 = :upcase; rescue Exception; end
    begin; v20 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v15.singleton_class.send(:define_method, :m4) do |a0, &blk|
    begin; v21 = C2.new(k0: 2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m5, :each); rescue Exception; end
begin; v22 = [[v7], [v4]].flatten; rescue Exception; end
begin
  v23 = lambda do |a0, a1|
    begin; 300.times { |i| Object.new }; rescue Exception; end
    K0
  end
rescue Exception
end
