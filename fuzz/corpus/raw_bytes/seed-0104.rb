GC.start
begin; v0 = nil; rescue Exception; end
begin
  class Integer
    begin; alias_method :m0, :step; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; v1 = []; rescue Exception; end
begin
  def m1(a0)
    begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
    begin; Hash.send(:alias_method, :m1, :"+@"); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = v1.clone; rescue Exception; end
begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  module M0
    begin; v5 = 47.respond_to?(:m2, true); rescue Exception; end
    begin; v6 = Struct.new(:f0, :f1); rescue Exception; end
    begin; Hash.send(:alias_method, :m3, :m4); rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:undef_method, :m3); rescue Exception; end
begin; v1.extend(Comparable); rescue Exception; end
begin
  class << v4
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    begin
      Range.send(:define_method, :m5) do
        begin; v7 = 21.send(:"==", 1); rescue Exception; end
        :y1
      end
    rescue Exception
    end
    begin; alias m0 m6; rescue Exception; end
  end
rescue Exception
end
begin; v8 = Integer.instance_method(:"+@"); rescue Exception; end
begin
  class << v8
    begin; v9 = {:k0 => nil, :k1 => 32}; rescue Exception; end
    begin; v9.singleton_class.send(:alias_method, :m0, :step); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; v10 = v8.bind(v4); rescue Exception; end
begin
  v11 = Class.new(Exception) do
    begin
      v13 = Fiber.new do |x|
        begin
          def m6()
            begin; v12 = C1.instance_method(:m7); rescue Exception; end
            73
          end
        rescue Exception
        end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m8, :"+@"); rescue Exception; end
  end
rescue Exception
end
begin
  v14 = lambda do
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    v1
  end
rescue Exception
end
begin
  v16 = Fiber.new do |x|
    begin
      def m0(a0, a1)
        begin
          v15 = lambda do
            a1
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v17 = C1.new(k0: 2); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def m9(k0: 1, **kws)
        begin
          r1 = 0
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            r1 += 1
            retry if r1 < 2
          ensure
            begin; C1.send(:prepend, Comparable); rescue Exception; end
          end
        rescue Exception
        end
        begin; v18 = 45; rescue Exception; end
        kws
      end
    rescue Exception
    end
    begin; v19 = K0.method(:step); rescue Exception; end
    begin
      3.times do |i|
      end
    rescue Exception
    end
    begin; K1 = v19; rescue Exception; end
  end
rescue Exception
end
begin; v20 = v1.singleton_class; rescue Exception; end
