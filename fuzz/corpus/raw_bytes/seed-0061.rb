begin; p (0..5); rescue Exception; end
begin
  class Array
    begin; alias_method :m0, :bsearch; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(:y4); rescue Exception; end
begin; v1 = Object.new(self, k0: 3); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :bsearch); rescue Exception; end
begin
  class C0
    begin
      class Array
        begin; alias_method :m1, :bsearch; rescue Exception; end
        begin; alias_method :m2, :m3; rescue Exception; end
      end
    rescue Exception
    end
    begin; v2 = nil.m4(:y1, k0: 3); rescue Exception; end
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v4 = C0.instance_variable_get(:@k1); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, a1|
    a0
  end
rescue Exception
end
begin
  def v0.m3()
    74
  end
rescue Exception
end
begin; v5 = [v1, v4, v4]; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin
  v8 = Class.new(Object) do
    begin; p :y5; rescue Exception; end
    begin
      module M2
        begin; alias m3 m5; rescue Exception; end
        begin
          def m6(k0: 1, **kws)
            :y2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v9 = "s9"; rescue Exception; end
  end
rescue Exception
end
begin; v10 = v8.singleton_class; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v11 = C0.new(); rescue Exception; end
begin; v12 = v7.method(:each_slice); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v13 = {:k0 => v12, :k1 => self}; rescue Exception; end
begin
  class << v10
    begin
      v14 = proc do
        begin; v15 = :y0.method(:each_slice); rescue Exception; end
        begin
          class Array
            begin; alias m6 bsearch; rescue Exception; end
          end
        rescue Exception
        end
        :y5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v16 = lambda do |a0, *rest, p0|
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; v17 = v8.clone; rescue Exception; end
    rest
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v18 = 6.5; rescue Exception; end
    begin; v19 = Float(10.5); rescue Exception; end
  end
rescue Exception
end
begin
  module M3
    begin
      v21 = Fiber.new do |x|
        begin; v20 = Object.new(); rescue Exception; end
        begin; 100.times { |i| [i, i] }; rescue Exception; end
        Fiber.yield(x)
        50
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v12
    begin; v22 = 81.respond_to?(:m7); rescue Exception; end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    begin; v23 = C0.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin; v24 = v8.dup; rescue Exception; end
