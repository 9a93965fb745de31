GC.start
begin; v0 = ["s18"]; rescue Exception; end
begin; v1 = Range.instance_method(:m0); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  class << v0
    begin
      v4 = Fiber.new do |x|
        begin
          v3 = 74.m1(x) do
            begin; v2 = 6.method(:"/").call(); rescue Exception; end
            "s17"
          end
        rescue Exception
        end
        Fiber.yield(x)
        3
      end
    rescue Exception
    end
    begin
      class C0
        begin
          v5 = proc do |a0, a1|
            a0
          end
        rescue Exception
        end
        begin
          def self.m2(a0, a1)
            begin; 100.times { |i| proc { i } }; rescue Exception; end
            begin; v6 = 6.method(:to_f).call(1); rescue Exception; end
            "s5"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m3); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v7 = v1.send(:m4); rescue Exception; end
begin
  begin
    begin
      v8 = Class.new(Object) do
        begin; v9 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v10 = Proc.new do |a0|
        a0
      end
    rescue Exception
    end
  rescue => e
    begin; v11 = 17.5; rescue Exception; end
    begin; v0.singleton_class.send(:alias_method, :m4, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v12 = C1.new(); rescue Exception; end
begin; v13 = C0.new(); rescue Exception; end
begin
  class << v1
    begin
      def self.m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; C1.send(:undef_method, :last); rescue Exception; end
        :y5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; C0.send(:include, Enumerable); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v0 << v12; rescue Exception; end
begin
  v14 = lambda do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m5) do |a0, *rest|
    a0
  end
rescue Exception
end
begin; v13.instance_variable_set(:@i0, :y0); rescue Exception; end
begin
  class << v0
    begin; C1.send(:include, Enumerable); rescue Exception; end
    begin; self.send(:prepend, Comparable); rescue Exception; end
    begin
      class C2 < C1
        begin; alias m2 m6; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin
      def m7(a0, o0 = 0)
        begin; v15 = {:k0 => o0}; rescue Exception; end
        begin; Integer.send(:alias_method, :m8, :delete!); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      def m9(a0, a1)
        begin; C0.send(:alias_method, :m8, :last); rescue Exception; end
        :y3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v13.singleton_class.send(:define_method, :m10) do |k0: 1|
    k0
  end
rescue Exception
end
