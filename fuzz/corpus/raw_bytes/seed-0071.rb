begin
  v0 = proc do |a0, &blk|
    blk
  end
rescue Exception
end
begin
  class Exception
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
begin
  def m0(a0, a1)
    (1..3)
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; Array.send(:alias_method, :m0, :message); rescue Exception; end
begin
  v2 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  def m1(a0, o0 = 0)
    o0
  end
rescue Exception
end
begin; v3 = self.m2(k0: v0); rescue Exception; end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin
  def m3(a0)
    begin; v4 = Object.new(); rescue Exception; end
    self
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class << v3
    begin
      v5 = Class.new(Object) do
        begin; v6 = C0.new(1); rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v7 = v5.dup; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; v8 = (1..5); rescue Exception; end
begin
  def m4(a0, o0 = 0, *rest, k0: 1, &blk)
    rest
  end
rescue Exception
end
begin
  class C1
    begin; alias_method :m5, :message; rescue Exception; end
    begin
      def self.m6(a0, &blk)
        GC.start
        a0
      end
    rescue Exception
    end
    begin; v9 = C1.new(); rescue Exception; end
    begin
      def self.m7(a0)
        begin; v10 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Exception
    begin; alias m8 message; rescue Exception; end
    begin; alias_method :m9, :succ; rescue Exception; end
  end
rescue Exception
end
begin
  class Integer
    begin; alias m10 succ; rescue Exception; end
    begin; alias_method :m2, :message; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = proc do
    begin
      v3.m2(&v0) do |k0: 1|
        k0
      end
    rescue Exception
    end
    begin; v12 = 36.send(:digits, v2, k0: 3); rescue Exception; end
    70
  end
rescue Exception
end
begin; v13 = nil; rescue Exception; end
begin; C0.send(:undef_method, :m11); rescue Exception; end
begin; v14 = nil; rescue Exception; end
begin
  v15 = lambda do |a0|
    a0
  end
rescue Exception
end
begin; v16 = Struct.new(:f0, :f1, :f2); rescue Exception; end
