begin; v0 = "s14".respond_to?(:m0); rescue Exception; end
begin; v1 = Float(80); rescue Exception; end
begin
  class << v0
    begin; v2 = 67; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  class Array
    begin; alias_method :m0, :"=="; rescue Exception; end
    begin; alias_method :m1, :"<="; rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = v1.respond_to?(:m0); rescue Exception; end
begin
  module M0
    begin; v5 = Object.new(:y2, :y0); rescue Exception; end
    begin; v6 = {:k0 => v5}; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
GC.start
begin
  String.send(:define_method, :m2) do |a0, &blk|
    begin
      class C1 < String
        begin
          C1.send(:define_method, :m1) do
            begin; v7 = {}; rescue Exception; end
            "s3"
          end
        rescue Exception
        end
        begin; alias m0 :"<="; rescue Exception; end
        begin; v8 = C1.new(1); rescue Exception; end
        begin; C1.send(:undef_method, :"=="); rescue Exception; end
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  v9 = Class.new(C1) do
    begin; C1.instance_variable_set(:@k2, 61); rescue Exception; end
    begin; Object.const_set(:K1, true); rescue Exception; end
  end
rescue Exception
end
begin
  def m0()
    1
  end
rescue Exception
end
begin
  def v9.m3(a0, o0 = 0, *rest, k0: 1, &blk)
    a0
  end
rescue Exception
end
begin
  class << v3
    begin; alias_method :m3, :"<="; rescue Exception; end
    begin
      v11 = Fiber.new do |x|
        begin; v10 = C2.new(); rescue Exception; end
        Fiber.yield(x)
        16.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v3.singleton_class.send(:undef_method, :m4); rescue Exception; end
    a0
  end
rescue Exception
end
begin; K2 = v9; rescue Exception; end
GC.start
begin; v13 = (3..4).respond_to?(:m1); rescue Exception; end
begin; 8.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
