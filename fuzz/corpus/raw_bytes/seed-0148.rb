GC.start
begin; v0 = Object.new((2..2), :y3); rescue Exception; end
begin; Numeric.class_eval("begin; v1 = 5.5.method(:m0); rescue Exception; end"); rescue Exception; end
begin
  v2 = Proc.new do |a0, *rest|
    begin
      class << v0
        begin; Range.send(:alias_method, :m0, :clamp); rescue Exception; end
        begin
          class C0 < String
            begin; v3 = C0.new(); rescue Exception; end
            begin; v4 = v3.instance_variable_get(:@i2); rescue Exception; end
            begin; v5 = nil; rescue Exception; end
            begin; v6 = []; rescue Exception; end
          end
        rescue Exception
        end
        begin
          module M1
            begin; v7 = []; rescue Exception; end
            GC.start
            begin; v8 = C0.instance_method(:m0); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  def v0.m1(a0)
    begin; v9 = :upcase; rescue Exception; end
    a0
  end
rescue Exception
end
begin; K0 = 19.5; rescue Exception; end
begin
  class C2
    begin
      v10 = Fiber.new do |x|
        begin
          def m0(a0, *rest)
            nil
          end
        rescue Exception
        end
        Fiber.yield(x)
        (2..5)
      end
    rescue Exception
    end
    begin
      def m1(a0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v0.instance_eval do
    begin
      self.send(:m2, (0..4), v2) do
        begin
          class << v0
            begin; C0.class_variable_set(:@@k0, self); rescue Exception; end
          end
        rescue Exception
        end
        begin; v11 = C0.instance_method(:m3); rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = C2.instance_method(:clamp); rescue Exception; end
begin
  nil.send(:m4, 1) do |a0, a1|
    true
  end
rescue Exception
end
begin
  def m4(k0: 1, **kws)
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v13 = Array.instance_method(:clamp); rescue Exception; end
begin; v14 = C0.instance_method(:clamp); rescue Exception; end
begin
  def m5(a0, o0 = 0)
    :y0
  end
rescue Exception
end
begin
  class C3
    begin; Numeric.send(:alias_method, :m6, :clamp); rescue Exception; end
    begin; C0.send(:alias_method, :m5, :m7); rescue Exception; end
    begin; v15 = C0.new(); rescue Exception; end
  end
rescue Exception
end
