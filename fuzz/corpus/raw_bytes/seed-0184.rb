GC.start
begin
  begin
  rescue => e
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m0, :i); rescue Exception; end
begin; v1 = Range.instance_method(:"==="); rescue Exception; end
begin; v2 = "s7"; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      module M1
        begin; Kernel.send(:alias_method, :m1, :"==="); rescue Exception; end
        begin; v3 = 98.method(:downcase!); rescue Exception; end
        begin
          begin
            begin; 10.times { |i| { i => i } }; rescue Exception; end
            begin; C0.send(:alias_method, :m1, :i); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; p v3; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias_method :m2, :nobits?; rescue Exception; end
    begin
      v4 = Fiber.new do |x|
        Fiber.yield(x)
        -0.5
      end
    rescue Exception
    end
    begin; K0 = v4; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; K1 = "s6"; rescue Exception; end
  end
rescue Exception
end
begin
  v5 = proc do |a0|
    v2
  end
rescue Exception
end
begin
  def v5.m3(a0, &blk)
    begin; C2.send(:alias_method, :m2, :m4); rescue Exception; end
    blk
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :m5); rescue Exception; end
begin
  v6 = proc do |a0, a1|
    a0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m4, :"==="); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v6.singleton_class.send(:define_method, :m6, v6); rescue Exception; end
begin; v7 = K1.respond_to?(:m7); rescue Exception; end
begin; v8 = C2.new(); rescue Exception; end
begin; v5.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin
  C2.send(:define_method, :m8) do |a0, *rest|
    v2
  end
rescue Exception
end
begin; v9 = v1.bind(v1); rescue Exception; end
begin
  v10 = ->(a0) do
    a0
  end
rescue Exception
end
begin; v2.squeeze(); rescue Exception; end
begin; Kernel.send(:alias_method, :m9, :"==="); rescue Exception; end
begin; Object.send(:define_method, :m7, v9); rescue Exception; end
begin
  class C3 < Hash
    begin; v11 = true.method(:downcase!).call((4..8)); rescue Exception; end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v12 = v7.m10(85) do |a0, *rest|
    begin; Object.send(:alias_method, :m11, :downcase!); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class Numeric
    begin; alias_method :m3, :i; rescue Exception; end
    begin; alias_method :m3, :i; rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0, *rest, p0)
    8.5
  end
rescue Exception
end
