GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  10.times do |i|
    begin; Kernel.send(:alias_method, :m0, :enum_for); rescue Exception; end
  end
rescue Exception
end
begin; v1 = [true, v0]; rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  v2 = ->(a0, *rest, p0) do
    begin; v3 = Object.new(); rescue Exception; end
    begin; v4 = v3.m1(v0); rescue Exception; end
    true
  end
rescue Exception
end
begin; eval("begin\n  Integer.send(:define_method, :m1) do |a0|\n    begin\n      class << v1\n        begin; alias_method :m0, :enum_for; rescue Exception; end\n        begin; v5 = 16.5; rescue Exception; end\n      end\n    rescue Exception\n    end\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v2.call(); rescue Exception; end
begin
  class C0
    begin
      Numeric.send(:define_method, :m0) do |a0, *rest|
        begin; v6 = (4..4); rescue Exception; end
        (0..5)
      end
    rescue Exception
    end
    begin
      def m1(a0, *rest)
        54
      end
    rescue Exception
    end
    begin
      v7 = proc do |a0|
        begin; v8 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = Object.new(); rescue Exception; end
begin; v10 = v2.instance_variable_get(:@i3); rescue Exception; end
begin
  class << v9
    begin; v11 = Object.new(nil, true); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m1, :enum_for); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do
    begin
      class String
        begin; alias_method :m0, :partition; rescue Exception; end
      end
    rescue Exception
    end
    "s0"
  end
rescue Exception
end
begin; v1 << v10; rescue Exception; end
begin; v12 = v1.next(v2); rescue Exception; end
begin; v13 = v0.method(:m3).call(v10, *v1, k0: 3); rescue Exception; end
begin; v1 << self; rescue Exception; end
