begin
  class C0 < Hash
    begin
      class C1 < String
        begin; alias m0 strip!; rescue Exception; end
        begin; C1.extend(Enumerable); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v0 = ->() do
        begin; v1 = C0.new(); rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M2
    begin; v2 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Integer.instance_method(:m1); rescue Exception; end
begin
  v4 = ->(a0, o0 = 0) do
    a0
  end
rescue Exception
end
begin
  class C3 < Hash
    GC.start
    begin; v5 = Object.new(k0: 34); rescue Exception; end
    begin; v6 = v5.singleton_class; rescue Exception; end
    begin
      v6.send(:define_method, :m2) do |a0, a1|
        v6
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = Class.new(Object) do
    begin; v8 = {:k0 => true, :k1 => nil}; rescue Exception; end
    begin; v8.singleton_class.send(:alias_method, :m2, :instance_variable_set); rescue Exception; end
    begin
      class << v8
        begin; true.dig(k0: :y2); rescue Exception; end
        begin; v9 = 43.respond_to?(:m2, true); rescue Exception; end
        begin; v10 = {:k0 => v9, :k1 => nil}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = 77.send(:"-", &v4); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v12 = v4.to_proc; rescue Exception; end
begin
  module M5
    GC.start
    begin; v13 = C0.new(self, true); rescue Exception; end
    begin; v14 = 22; rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin; v15 = C3.new(1); rescue Exception; end
begin; v16 = [v15, true, v15]; rescue Exception; end
begin; v16 << v11; rescue Exception; end
begin
  class << v7
    begin; self.send(:prepend, M2); rescue Exception; end
    begin; v17 = C0.new(k0: true); rescue Exception; end
  end
rescue Exception
end
begin; v16.singleton_class.send(:alias_method, :m4, :instance_variable_set); rescue Exception; end
begin
  def m5(k0: 1, **kws)
    begin
      v19 = Fiber.new do |x|
        begin; v18 = C1.new(); rescue Exception; end
        Fiber.yield(x)
        "s11"
      end
    rescue Exception
    end
    kws
  end
rescue Exception
end
begin
  self.m6() do |a0, a1|
    begin; v20 = C4.new(a0); rescue Exception; end
    begin; v7.send(:include, M2); rescue Exception; end
    a1
  end
rescue Exception
end
begin
  class << v12
    begin; v21 = [true, 4.5]; rescue Exception; end
    begin; 100.times { |i| v21 << i.to_s }; rescue Exception; end
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
  end
rescue Exception
end
begin; v22 = Struct.new(:f0); rescue Exception; end
begin
  def v7.m6()
    begin; C4.send(:alias_method, :m7, :dig); rescue Exception; end
    "s9"
  end
rescue Exception
end
begin; C0.send(:define_method, :m3, v4); rescue Exception; end
begin; C1.send(:include, M5); rescue Exception; end
begin; v23 = "s5".m7(k0: 2); rescue Exception; end
begin
  class Integer
    begin; alias m1 upto; rescue Exception; end
  end
rescue Exception
end
begin
  v24 = Class.new(C4) do
    begin; C1.send(:alias_method, :m8, :dig); rescue Exception; end
  end
rescue Exception
end
begin; p v11; rescue Exception; end
