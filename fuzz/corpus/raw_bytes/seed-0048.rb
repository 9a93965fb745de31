begin; v0 = Object.new((1..4)); rescue Exception; end
begin
  module M0
    begin; v1 = [10, 20, 30, 40][90]; rescue Exception; end
    begin; v2 = -0.5; rescue Exception; end
  end
rescue Exception
end
begin
  v3 = Fiber.new do |x|
    Fiber.yield(x)
    1.5
  end
rescue Exception
end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin; v4 = Object.class_variable_get(:@@k2); rescue Exception; end
begin
  v5 = proc do
    2.5
  end
rescue Exception
end
begin; v6 = String(v5); rescue Exception; end
GC.start
GC.start
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, &blk|
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; 10.times { |i| proc { i } }; rescue Exception; end
        begin; v7 = nil; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m2, :clamp); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C2.send(:include, M0); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:prepend, M0); rescue Exception; end
GC.start
begin; v8 = Integer(v3); rescue Exception; end
begin; v9 = C1.instance_variable_get(:@k0); rescue Exception; end
begin
  def v0.m3(a0)
    nil
  end
rescue Exception
end
begin; C2.class_variable_set(:@@k0, v5); rescue Exception; end
begin; C1.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; v5.instance_variable_set(:@i2, v8); rescue Exception; end
