begin; v0 = {}; rescue Exception; end
begin; v1 = self.respond_to?(:m0); rescue Exception; end
begin; K0 = self; rescue Exception; end
begin
  def m0(a0)
    begin; Object.const_set(:K1, 75); rescue Exception; end
    begin; p nil; rescue Exception; end
    :y4
  end
rescue Exception
end
begin
  v3 = Fiber.new do |x|
    begin
      self.m1(k0: v0) do |a0, *rest, p0|
        begin; String.send(:alias_method, :m1, :open); rescue Exception; end
        begin; v2 = []; rescue Exception; end
        rest
      end
    rescue Exception
    end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m1, :lstrip); rescue Exception; end
begin; v4 = self.m0(k0: v0); rescue Exception; end
begin
  class << v0
    begin; p K1; rescue Exception; end
    begin; v5 = Float("s18"); rescue Exception; end
    begin; M0.send(:remove_method, :lstrip); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; v6 = self.send(:m1, nil, k0: 3); rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = self.respond_to?(:m2, true); rescue Exception; end
begin
  module M0
    begin
      v9 = Fiber.new do |x|
        Fiber.yield(x)
        56
      end
    rescue Exception
    end
    begin; M0.send(:prepend, M0); rescue Exception; end
    begin; v10 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m2, :open); rescue Exception; end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  class << v8
    begin; v11 = Object.new(); rescue Exception; end
    begin; v12 = Object.new(v11, self); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  module M1
    begin
      v13 = proc do
        begin
          v14 = Class.new(Numeric) do
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; C2.class_variable_set(:@@k2, 74); rescue Exception; end
            begin; v15 = Array(self); rescue Exception; end
            begin
              def m3(a0, a1)
                a1
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v16 = v14.send(:allocate); rescue Exception; end
        (1..5)
      end
    rescue Exception
    end
    begin; v17 = 1 + (1..2); rescue Exception; end
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
begin; v18 = C2.instance_variable_get(:@k0); rescue Exception; end
begin; v19 = String(:y0); rescue Exception; end
begin; v20 = v0.dup; rescue Exception; end
begin; C2.send(:alias_method, :m4, :open); rescue Exception; end
GC.start
begin; C2.send(:alias_method, :m3, :lstrip); rescue Exception; end
begin; v21 = {:k0 => K1}; rescue Exception; end
begin; v22 = C2.instance_variable_get(:@k0); rescue Exception; end
begin; v23 = v4.m5(v1, k0: 3); rescue Exception; end
begin; v24 = true.method(:m6); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; C2.send(:remove_method, :m7); rescue Exception; end
begin; C2.send(:undef_method, :m8); rescue Exception; end
