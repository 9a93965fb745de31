GC.start
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  class << v0
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v2 = (0..2); rescue Exception; end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, o0 = 0|
    begin; Range.send(:alias_method, :m2, :overlap?); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v3 = proc do |a0, *rest|
    21
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v4 = :y3.respond_to?(:m3); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v5 = [K0, v1]; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v6 = 33; rescue Exception; end
begin; v7 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; 30.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v10 = proc do |a0, *rest|
    v9
  end
rescue Exception
end
begin; 100.times { |i| v5 << i.to_s }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v11 = [10, 20, 30, 40][self]; rescue Exception; end
begin; String.send(:alias_method, :m4, :each_pair); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  module M0
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
begin
  class C1
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; C1.send(:include, M0); rescue Exception; end
    begin
      def m7(o0 = 0)
        begin
          C1.send(:define_method, :m0) do
            begin; C1.class_variable_set(:@@k1, 28); rescue Exception; end
            begin; v12 = {}; rescue Exception; end
            :y4
          end
        rescue Exception
        end
        begin
          2.times do |i|
          end
        rescue Exception
        end
        :y5
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m7, :overlap?); rescue Exception; end
  end
rescue Exception
end
begin; v13 = {:k0 => v8, :k1 => v3}; rescue Exception; end
begin
  v8.singleton_class.send(:define_method, :m0) do
    begin; v14 = Object.new(); rescue Exception; end
    v2
  end
rescue Exception
end
