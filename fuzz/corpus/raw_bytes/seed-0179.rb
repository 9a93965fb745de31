GC.start
begin; v0 = true; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; self.public_send(:m0, 1); rescue Exception; end
begin; v1 = 19; rescue Exception; end
begin; v2 = {:k0 => self, :k1 => 5.5}; rescue Exception; end
begin
  class << v2
    begin
      def m1(a0)
        begin; raise TypeError, "x"; rescue Exception; end
        begin; v3 = Object.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  class C0 < String
    begin; v5 = (3..5).respond_to?(:m2); rescue Exception; end
    begin
      v6 = Class.new(Array) do
        begin
          v7 = ->(a0, a1) do
            begin; alias m0 m3; rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; Comparable.send(:alias_method, :m3, :"<="); rescue Exception; end
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
          def m1()
            begin; String.send(:alias_method, :m1, :loop); rescue Exception; end
            :y4
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v8 = v6.dup; rescue Exception; end
    begin
      def v6.m4(a0, *rest)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v9 = v2.public_send(:key?, **v2); rescue Exception; end
    begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v10 = lambda do |a0, a1|
        begin
          class C2 < StandardError
            begin; alias m7 m5; rescue Exception; end
            begin; p nil; rescue Exception; end
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin
      class << v2
        begin; alias m8 loop; rescue Exception; end
        begin
          class C3 < Array
            begin; K0 = (2..7); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v11 = C1.new(v1); rescue Exception; end
    begin; C0.send(:alias_method, :m9, :"<="); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:include, Enumerable); rescue Exception; end
begin; (0..0).method(:"<=").call(v0); rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m8) do |a0|
    K0
  end
rescue Exception
end
begin; v2.singleton_class.send(:remove_method, :m10); rescue Exception; end
begin
  v12 = proc do |a0, *rest, p0|
    begin; p 21; rescue Exception; end
    begin; Kernel.send(:alias_method, :m11, :loop); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  module M4
    begin; M4.send(:include, Comparable); rescue Exception; end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; K1 = nil; rescue Exception; end
begin; Hash.send(:alias_method, :m5, :loop); rescue Exception; end
