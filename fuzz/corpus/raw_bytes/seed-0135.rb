begin
  10.times do |i|
  end
rescue Exception
end
begin
  v0 = Class.new(StandardError) do
    begin; C0.instance_variable_set(:@k0, 4.5); rescue Exception; end
    begin; C0.class_variable_set(:@@k2, :y5); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; v1 = [v0, true].max; rescue Exception; end
begin
  v2 = ->(a0, o0 = 0) do
    begin; v3 = 19.5; rescue Exception; end
    begin
      v5 = Fiber.new do |x|
        begin; v4 = [v1, v3].sort; rescue Exception; end
        Fiber.yield(x)
        o0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  v6 = proc do
    begin
      v7 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v8 = 49; rescue Exception; end
        :y3
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :to_a); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin; C0.send(:include, Comparable); rescue Exception; end
    Fiber.yield(x)
    K0
  end
rescue Exception
end
begin; v10 = v2.to_proc; rescue Exception; end
begin
  class Array
    begin; alias m2 to_a; rescue Exception; end
  end
rescue Exception
end
begin; v11 = C0.class_variable_get(:@@k2); rescue Exception; end
begin; K1 = v9; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v12 = nil; rescue Exception; end
begin; C0.send(:alias_method, :m3, :m3); rescue Exception; end
begin
  v13 = Class.new(String) do
    begin; C1.extend(Comparable); rescue Exception; end
    begin; v14 = Array(nil); rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin; 18.send(:">>", true); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      v15 = ->(a0, a1) do
        begin
          10.times do |i|
            begin; Array.send(:alias_method, :m0, :to_a); rescue Exception; end
          end
        rescue Exception
        end
        K0
      end
    rescue Exception
    end
    begin; v16 = v1.respond_to?(:m4); rescue Exception; end
  rescue => e
    begin; v17 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
begin
  def v2.m5(a0)
    begin; v18 = ["s17", "s2"]; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m6, :message; rescue Exception; end
    begin; alias_method :m1, :m6; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin
      def m7(a0, a1)
        begin
          v19 = 67.m8((3..7), "s5") do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; Object.const_set(:K2, :y4); rescue Exception; end
            blk
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v11
    begin
      9.5.method(:to_a).call(k0: 2) do
        begin; v20 = [nil, 47, 39]; rescue Exception; end
        begin; v21 = v20.dup; rescue Exception; end
        10.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m9(o0 = 0)
    begin; v22 = C1.new(); rescue Exception; end
    66
  end
rescue Exception
end
begin; v13.singleton_class.send(:define_method, :m10, v2); rescue Exception; end
begin; v23 = v10.singleton_class; rescue Exception; end
