begin; v0 = 74.respond_to?(:m0, true); rescue Exception; end
begin; v1 = Object.new(k0: v0); rescue Exception; end
begin; v0.m1(); rescue Exception; end
begin; v0.m0(1); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v2
    begin; v3 = true.m2(k0: true); rescue Exception; end
    begin; K0 = v3; rescue Exception; end
    begin
      def m3(a0)
        begin; v4 = (1..6).method(:m2); rescue Exception; end
        begin; v5 = (1..2); rescue Exception; end
        83
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = Object.new(v1); rescue Exception; end
begin
  def v2.m0(a0, a1)
    self
  end
rescue Exception
end
begin
  begin
    begin; v7 = Integer((3..4)); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      Array.class_eval do
        begin; alias m4 each_pair; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = Range.instance_method(:cycle); rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; Integer.class_eval("begin\n  module M0\n    begin; Hash.send(:alias_method, :m7, :m5); rescue Exception; end\n  end\nrescue Exception\nend\nbegin; 10.times { |i| { i => i } }; rescue Exception; end"); rescue Exception; end
begin; Object.send(:alias_method, :m8, :m9); rescue Exception; end
begin; v9 = [10, 20, 30, 40][true]; rescue Exception; end
begin
  v10 = Class.new(Object) do
    begin; C1.send(:include, M0); rescue Exception; end
    begin; v11 = [nil]; rescue Exception; end
    begin
      class << v11
        begin; v12 = C1.new(K0); rescue Exception; end
        begin
          v12.m10() do |a0, *rest, p0|
            begin
              def m10()
                self
              end
            rescue Exception
            end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias m11 m0; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C1.instance_variable_get(:@k1); rescue Exception; end
begin; C1.send(:undef_method, :m1); rescue Exception; end
begin
  class << v0
    begin; v14 = (0..0).respond_to?(:m2); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v15 = v10.instance_method(:m8); rescue Exception; end
begin
  class C2 < C1
    begin
      Integer.send(:define_method, :m3) do
        begin; C2.send(:include, M0); rescue Exception; end
        begin; v16 = Object.new(); rescue Exception; end
        (3..6)
      end
    rescue Exception
    end
    begin; C1.instance_variable_set(:@k2, 3.5); rescue Exception; end
  end
rescue Exception
end
begin
  def v2.m2(o0 = 0)
    begin
      C1.class_eval do
        begin
          v18 = Fiber.new do |x|
            GC.start
            begin; v17 = true.m2(1); rescue Exception; end
            Fiber.yield(x)
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v19 = (v15..v6).include?(v15); rescue Exception; end
begin; v20 = Struct.new(:f0, :f1); rescue Exception; end
begin; v21 = (4..4); rescue Exception; end
