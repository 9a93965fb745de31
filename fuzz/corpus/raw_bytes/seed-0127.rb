GC.start
begin
  class Struct
    begin; alias m0 select; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Array(v0); rescue Exception; end
begin; v2 = "s16".send(:m1, self); rescue Exception; end
begin
  v0.each_line(v1, k0: 3) do |a0|
    begin
      v4 = Fiber.new do |x|
        begin; Array.class_eval("begin; v3 = [10, 20, 30, 40][self]; rescue Exception; end"); rescue Exception; end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v5 = v2.respond_to?(:m1); rescue Exception; end
begin; v6 = v0.instance_variable_get(:@i1); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v7 = Integer(v6); rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin
  class String
    begin; alias_method :m2, :each_line; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v1.send(:m3, k0: 2) do
    begin; v8 = Array.instance_method(:select); rescue Exception; end
    v2
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
