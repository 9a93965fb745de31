GC.start
begin
  class C0 < String
    begin
      def self.m0(a0, &blk)
        begin; v0 = C0.instance_method(:collect!); rescue Exception; end
        GC.start
        blk
      end
    rescue Exception
    end
    begin; v1 = C0.new(84); rescue Exception; end
    begin; v2 = v1.clone; rescue Exception; end
    begin
      class << v1
        begin; v3 = Object.new(true, 6.5); rescue Exception; end
        begin; v4 = 71.method(:collect!); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = C0.new(); rescue Exception; end
begin; v6 = {}; rescue Exception; end
begin; v7 = 22.respond_to?(:m0, true); rescue Exception; end
begin
  v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v7
        begin; C0.send(:remove_method, :m1); rescue Exception; end
        begin; v9 = C0.new(); rescue Exception; end
        begin
          class Hash
            begin; alias_method :m0, :compact; rescue Exception; end
            begin; alias_method :m2, :collect!; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m3()
        begin
          30.times do |i|
            begin; self.m4("s4"); rescue Exception; end
          end
        rescue Exception
        end
        -1
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin
  class << v8
    begin; raise TypeError, "x"; rescue Exception; end
    begin; v10 = Object.new(1); rescue Exception; end
    begin
      class C1
        begin; C0.send(:alias_method, :m3, :collect!); rescue Exception; end
        begin; Range.send(:alias_method, :m5, :compact); rescue Exception; end
        begin; v11 = nil; rescue Exception; end
        begin; v12 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v8.m6(a0, *rest, p0)
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    13
  end
rescue Exception
end
begin; v13 = C0.instance_method(:compact); rescue Exception; end
begin; v14 = v6.method(:compact); rescue Exception; end
begin
  class Hash
    begin; alias_method :m7, :compact; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m8, :m9); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m4, :m0); rescue Exception; end
begin; C1.class_eval("begin; C1.send(:prepend, Enumerable); rescue Exception; end"); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  v15 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v16 = self.public_send(:compact, k0: 5.5); rescue Exception; end
    begin
      Numeric.send(:define_method, :m1) do
        begin; Object.const_set(:K0, self); rescue Exception; end
        v16
      end
    rescue Exception
    end
    begin; v17 = v16.m0(); rescue Exception; end
  end
rescue Exception
end
begin
  v18 = Fiber.new do |x|
    begin
      def m10()
        true
      end
    rescue Exception
    end
    Fiber.yield(x)
    x
  end
rescue Exception
end
GC.start
begin; v19 = Object.new(1); rescue Exception; end
begin
  class << v7
    begin; Integer.send(:alias_method, :m11, :collect!); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v20 = nil.respond_to?(:m6); rescue Exception; end
begin; v21 = [nil, v5, v20]; rescue Exception; end
begin
  class Hash
    begin; alias m11 compact; rescue Exception; end
  end
rescue Exception
end
begin
  class << v14
    begin
      class C3 < C2
        begin
          module M4
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin; v22 = C3.new(); rescue Exception; end
            begin; v23 = Object.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v24 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
