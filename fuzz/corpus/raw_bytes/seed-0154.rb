GC.start
begin; v0 = Array.instance_method(:m0); rescue Exception; end
begin
  Numeric.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    rest
  end
rescue Exception
end
begin
  class << v0
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      def m1(a0)
        begin; Object.send(:include, Enumerable); rescue Exception; end
        begin
          begin
            begin; v1 = self.m1(k0: 83); rescue Exception; end
          rescue => e
            GC.start
            begin
              Range.send(:define_method, :m2) do |a0, o0 = 0|
                o0
              end
            rescue Exception
            end
          ensure
            begin; v2 = Object.new(); rescue Exception; end
          end
        rescue Exception
        end
        :y3
      end
    rescue Exception
    end
    begin; v3 = Object.new(self, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; String.class_eval("begin; alias m3 strip!; rescue Exception; end"); rescue Exception; end
begin; M0.send(:remove_method, :m4); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; v4.singleton_class.send(:undef_method, :strip!); rescue Exception; end
begin; Hash.send(:define_method, :m2, v0); rescue Exception; end
begin
  v4.m5() do
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    11.5
  end
rescue Exception
end
begin; v5 = v0.method(:gsub); rescue Exception; end
begin; v6 = nil.method(:yield_self); rescue Exception; end
begin
  class String
    begin; alias_method :m6, :gsub; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; Numeric.send(:alias_method, :m7, :strip!); rescue Exception; end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin
      def m8(a0, a1)
        begin; v7 = Array.instance_method(:m9); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p 10.5; rescue Exception; end
begin; v8 = v6.respond_to?(:m10); rescue Exception; end
begin
  Array.send(:define_method, :m11) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v4.singleton_class.send(:alias_method, :m6, :"|"); rescue Exception; end
    begin; v9 = true; rescue Exception; end
    99
  end
rescue Exception
end
begin
  module M1
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
begin
  class << v8
    begin
      v10 = Fiber.new do |x|
        begin; self.send(:include, M0); rescue Exception; end
        Fiber.yield(x)
        18.5
      end
    rescue Exception
    end
    begin; Numeric.class_eval("begin; v11 = v10.respond_to?(:m3); rescue Exception; end\nbegin; v12 = [v11, v10, v10]; rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
