GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  Array.send(:define_method, :m0) do |a0, a1|
    begin; v2 = v0.slice!(); rescue Exception; end
    self
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  3.times do |i|
    begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m1, true); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  Range.send(:define_method, :m2) do |a0|
    a0
  end
rescue Exception
end
begin
  String.class_eval do
    begin
      v0.singleton_class.send(:define_method, :m3) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v0.singleton_class.send(:alias_method, :m3, :slice!); rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < Hash
    begin; v4 = "s18".respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin
  Range.class_eval do
    begin; v5 = v0.singleton_class; rescue Exception; end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m4, :"=="); rescue Exception; end
begin; C0.class_eval("begin; v6 = C0.new(); rescue Exception; end\nbegin; v7 = v6.m5(1); rescue Exception; end"); rescue Exception; end
GC.start
begin; v8 = v1.method(:m4).call(); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
GC.start
begin; v0.singleton_class.send(:alias_method, :m6, :"=="); rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v0
    begin; v9 = C0.new(); rescue Exception; end
    begin
      class << v9
        begin; v10 = 53.respond_to?(:m7); rescue Exception; end
        begin; v11 = self.send(:m0, 1); rescue Exception; end
        begin; v12 = v10.method(:m8); rescue Exception; end
      end
    rescue Exception
    end
    begin; p v9; rescue Exception; end
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    begin
      class << v8
        begin
          C0.send(:define_method, :m9) do |k0: 1|
            begin; C0.class_variable_set(:@@k2, :y5); rescue Exception; end
            k0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v13 = C0.new(52, v0); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
