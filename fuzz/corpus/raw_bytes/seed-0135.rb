GC.start
begin; v0 = Object.new(1); rescue Exception; end
begin; v0.instance_variable_set(:@i2, v0); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v1 = self.send(:m0, 1); rescue Exception; end
begin
  30.times do |i|
    begin
      v2 = Fiber.new do |x|
        Fiber.yield(x)
        (3..6)
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:alias_method, :m1, :chars); rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i3, v1); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin
  v3.singleton_class.send(:define_method, :m0) do
    begin; Object.const_set(:K0, 4.5); rescue Exception; end
    17
  end
rescue Exception
end
begin
  def m0()
    begin; p (2..7); rescue Exception; end
    begin; v4 = Object.new(k0: true); rescue Exception; end
    self
  end
rescue Exception
end
begin; Object.send(:alias_method, :m1, :each_cons); rescue Exception; end
begin; v5 = self.send(:m2, k0: 2); rescue Exception; end
begin
  String.send(:define_method, :m0) do |a0, a1|
    begin; v6 = v0.respond_to?(:m3, true); rescue Exception; end
    begin
      10.times do |i|
        begin; C0.send(:undef_method, :m4); rescue Exception; end
      end
    rescue Exception
    end
    v5
  end
rescue Exception
end
begin
  class C0 < String
    begin
      2.times do |i|
        begin
          def m5(a0)
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v7 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
