GC.start
begin
  class Integer
    begin; alias m0 step; rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < String
    begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
    begin; K0 = self; rescue Exception; end
    begin
      def m1(a0, o0 = 0)
        begin; v1 = []; rescue Exception; end
        begin
          v1.singleton_class.send(:define_method, :m2) do |k0: 1, **kws|
            kws
          end
        rescue Exception
        end
        66
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m3, :"*"; rescue Exception; end
    begin; alias_method :m4, :m5; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = Class.new(Object) do
    begin
      class C2
        begin; C0.send(:remove_method, :"*"); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin; p :y4; rescue Exception; end
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          begin
            begin; Range.send(:alias_method, :m7, :m2); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            GC.start
          end
        rescue Exception
        end
        :y1
      end
    rescue Exception
    end
    begin; p (2..7); rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; p 6.5; rescue Exception; end
  end
rescue Exception
end
begin; v3 = v2.clone; rescue Exception; end
begin
  class << v3
    begin
      v4 = ->() do
        begin
          class C3 < C2
            begin
              Integer.send(:define_method, :m0) do |a0, *rest, p0|
                (4..7)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        :y4
      end
    rescue Exception
    end
    begin
      class << v4
        begin; K1 = (1..4); rescue Exception; end
        begin; v5 = C1.new(k0: 8); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m8, :to_c); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m9, :step); rescue Exception; end
begin; v3.initialize(1); rescue Exception; end
begin; v6 = {:k0 => nil}; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v7 = Fiber.new do |x|
        Fiber.yield(x)
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m10, :to_c); rescue Exception; end
begin
  v8 = Proc.new do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  v3.class_eval do
    begin
      def v2.m11(a0, &blk)
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C4
    begin
      def m5(a0)
        begin; C3.class_eval("begin; p 80; rescue Exception; end\nbegin\n  def m8(a0, a1)\n    50\n  end\nrescue Exception\nend"); rescue Exception; end
        3.5
      end
    rescue Exception
    end
    begin; v9 = C1.instance_method(:m7); rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v10 = v3.new(); rescue Exception; end
