begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    nil
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; Object.send(:alias_method, :m1, :entries); rescue Exception; end
begin
  v1 = lambda do |a0, a1|
    begin; p v0; rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v2 = ->() do
    begin
      def v0.m2(a0, o0 = 0)
        :y1
      end
    rescue Exception
    end
    begin
      v3 = Fiber.new do |x|
        begin; Array.send(:alias_method, :m2, :i); rescue Exception; end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
GC.start
begin; v4 = v1.respond_to?(:i); rescue Exception; end
begin
  v5 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; Object.send(:prepend, Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v2.public_send(:entries, v2, v5); rescue Exception; end
begin; v6 = true.i(1); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v7 = :y2.respond_to?(:m3); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; :y4.public_send(:m4, nil); rescue Exception; end
begin; String.send(:alias_method, :m5, :entries); rescue Exception; end
begin
  v8 = Class.new(Object) do
    begin; p self; rescue Exception; end
    begin; Object.const_set(:K0, nil); rescue Exception; end
    begin; Range.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = Class.new(Object) do
    begin; alias m1 i; rescue Exception; end
    begin; Object.const_set(:K1, (4..6)); rescue Exception; end
    begin; v10 = "s14".initialize(:y0, k0: 3); rescue Exception; end
    begin; C1.send(:remove_method, :entries); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      def m6()
        begin; C1.send(:remove_method, :entries); rescue Exception; end
        begin; v11 = C0.new(); rescue Exception; end
        -2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = []; rescue Exception; end
begin
  C0.send(:define_method, :m7) do
    GC.start
    K0
  end
rescue Exception
end
begin; v13 = v1.instance_variable_get(:@i3); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
GC.start
begin
  module M2
    GC.start
    begin
      C1.send(:define_method, :m8) do
        true
      end
    rescue Exception
    end
    begin
      def m9()
        begin; v14 = ["s16"]; rescue Exception; end
        begin; v15 = Struct.new(:f0, :f1); rescue Exception; end
        12
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = Struct.new(:f0, :f1, :f2); rescue Exception; end
