GC.start
begin; v0 = 10.5.respond_to?(:m0); rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => self}; rescue Exception; end
begin
  v2 = v1.send(:overlap?) do
    begin; C0.send(:undef_method, :remove_instance_variable); rescue Exception; end
    15.5
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m1, :overlap?; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v1.clone; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m2, :overlap?); rescue Exception; end
GC.start
begin; v4 = v1.dup; rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin; 43.send(:"*"); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v4.instance_eval(""); rescue Exception; end
begin; K0 = (2..5); rescue Exception; end
begin
  class << v0
    begin; v6 = self.method(:remove_instance_variable).call(:y5); rescue Exception; end
    begin
      v7 = proc do |o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = Object.new(**v4); rescue Exception; end
begin; Object.send(:alias_method, :m0, :m3); rescue Exception; end
begin
  def v3.m1(a0)
    a0
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v9 = Object.new(v3, k0: 3); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v3.singleton_class.send(:undef_method, :remove_instance_variable); rescue Exception; end
begin; K1 = self; rescue Exception; end
begin; 30.times { |i| v1[i] = [i] }; rescue Exception; end
begin; v10 = 59; rescue Exception; end
begin
  v11 = ->(a0, *rest, p0) do
    begin; v12 = K0.respond_to?(:m1, true); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class C0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      module M1
        begin; v13 = C0.new(); rescue Exception; end
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
    begin; v14 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m4) do |a0|
    begin; v15 = C0.new(); rescue Exception; end
    begin
      v5.overlap?(&v11) do |k0: 1|
        begin; v16 = C0.new(); rescue Exception; end
        begin; v17 = v9.clone; rescue Exception; end
        k0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; 8.times { |i| v1[i] = [i] }; rescue Exception; end
