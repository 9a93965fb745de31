begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; Object.class_variable_set(:@@k1, (2..7)); rescue Exception; end
begin
  v0 = lambda do |a0, o0 = 0|
    GC.start
    begin; v1 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin
  v3 = lambda do
    v2
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i2, v2); rescue Exception; end
begin
  v4 = proc do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; v5 = true; rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m1) do
    begin
      def v3.m1(a0)
        nil
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; eval("begin\n  Array.send(:define_method, :m2) do\n    v4\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class C0 < Hash
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    GC.start
    begin
      class C1 < C0
        begin
          v6 = lambda do
            begin; v7 = nil.respond_to?(:m3); rescue Exception; end
            :y3
          end
        rescue Exception
        end
        begin; K0 = v6; rescue Exception; end
        begin
          def v6.m4()
            true
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    begin; v8 = C1.instance_method(:m5); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def m6(a0, o0 = 0)
        begin; C0.send(:alias_method, :m7, :include?); rescue Exception; end
        begin
          v9 = Fiber.new do |x|
            Fiber.yield(x)
            nil
          end
        rescue Exception
        end
        "s3"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C2.send(:define_method, :m8) do |o0 = 0|
    begin; eval(""); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class << v3
    begin; v10 = {:k0 => self}; rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  class << v3
    begin; C0.send(:alias_method, :m9, :__merge); rescue Exception; end
    begin; alias_method :m0, :include?; rescue Exception; end
    begin; K1 = (2..6); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v11 = Object.new(k0: 58); rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  class << v0
    begin; v12 = C1.new(); rescue Exception; end
    begin; v13 = C0.new(v12, v12); rescue Exception; end
    begin
      v12.singleton_class.send(:define_method, :m2) do
        begin
          v14 = proc do |a0|
            begin; alias m8 :">"; rescue Exception; end
            begin; 30.times { |i| v13.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
            a0
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4.singleton_class.send(:define_method, :m10, v0); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m11, :__merge); rescue Exception; end
begin; Comparable.send(:alias_method, :m1, :">"); rescue Exception; end
begin; v15 = []; rescue Exception; end
begin; 8.times { |i| v15 << i.to_s }; rescue Exception; end
begin
  module M3
    begin; v16 = self.send(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m11, :__merge); rescue Exception; end
begin; v3.public_send(:"[]"); rescue Exception; end
begin
  class << v3
    begin; C2.send(:include, M3); rescue Exception; end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v17 = C0.new(); rescue Exception; end
