GC.start
begin
  v0 = proc do |k0: 1|
    begin
      "s18".partition(k0) do |a0, a1|
        begin; Array.send(:alias_method, :m0, :sort); rescue Exception; end
        begin; v1 = Object.new(); rescue Exception; end
        self
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  v2 = Class.new(Hash) do
    begin; alias_method :m0, :sort; rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin; v3 = []; rescue Exception; end
begin
  3.times do |i|
    begin; v2.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
    begin; v4 = v2.method(:nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v5 = 18.5; rescue Exception; end
begin
  def v0.m2(o0 = 0)
    begin; raise RuntimeError, "x"; rescue Exception; end
    91
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin
      C0.send(:define_method, :m0) do |a0, *rest, p0|
        begin; v3 << v5; rescue Exception; end
        begin
          class << v3
            begin; C0.send(:alias_method, :m0, :uniq); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; eval("begin\n  class C1 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; C0.send(:alias_method, :m0, :nobits?); rescue Exception; end\n    begin; v7 = Struct.new(:f0, :f1); rescue Exception; end\n    begin\n      def m3()\n        23\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v8 = v6.send(:m0, *v3); rescue Exception; end
begin
  v8.public_send(:m4, v2) do
    v8
  end
rescue Exception
end
begin; v6.m3(k0: v8); rescue Exception; end
begin
  class C2 < C1
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      :y3.public_send(:uniq, 14.5, :y2) do |a0|
        begin; v9 = C2.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    GC.start
    begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  v10 = true.send(:m7, v3) do
    -3
  end
rescue Exception
end
begin
  Object.class_eval do
    begin
      def m8(a0, a1)
        begin; v11 = true; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v3
    begin
      def m0(a0, a1)
        begin; v12 = "s13".m3(nil, (4..4)); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; C2.send(:alias_method, :m4, :dig); rescue Exception; end
begin; v13 = v10.respond_to?(:m9, true); rescue Exception; end
begin
  v14 = v13.m2(49) do |a0|
    self
  end
rescue Exception
end
begin; v15 = Struct.new(:f0); rescue Exception; end
begin; v15.singleton_class.send(:alias_method, :m7, :sort); rescue Exception; end
begin; v16 = {:k0 => v13}; rescue Exception; end
begin
  class << v15
    begin; v17 = "s9"; rescue Exception; end
    begin; self.send(:include, Comparable); rescue Exception; end
    begin; alias m10 sort; rescue Exception; end
  end
rescue Exception
end
