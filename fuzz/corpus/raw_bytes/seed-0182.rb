GC.start
begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  v0 = Proc.new do |a0, o0 = 0|
    begin
      module M0
        begin; v1 = Struct.new(:f0); rescue Exception; end
        begin
          def self.m0(a0)
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m0(a0, o0 = 0, *rest, k0: 1, &blk)
        o0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v2 = v0.to_proc; rescue Exception; end
begin; Numeric.send(:define_method, :m2, v2); rescue Exception; end
begin; v3 = Object.new(v0, v0); rescue Exception; end
begin; v4 = Numeric.instance_method(:strip!); rescue Exception; end
begin; eval(""); rescue Exception; end
begin; v5 = [2]; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v6 = []; rescue Exception; end
    begin; p (3..5); rescue Exception; end
  end
rescue Exception
end
begin; v2.call(v5, v5); rescue Exception; end
begin; v7 = v5.difference(); rescue Exception; end
begin; v8 = v4.bind(v3); rescue Exception; end
begin
  class << v7
    begin; self.send(:include, M0); rescue Exception; end
  end
rescue Exception
end
begin
  class String
    begin; alias_method :m1, :strip!; rescue Exception; end
    begin; alias_method :m3, :strip!; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m0, :m1); rescue Exception; end
begin; K0 = self; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin
      class << v3
        begin; alias_method :m5, :strip!; rescue Exception; end
        begin
          class String
            begin; alias_method :m0, :strip!; rescue Exception; end
            begin; alias_method :m0, :m6; rescue Exception; end
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    Fiber.yield(x)
    v8
  end
rescue Exception
end
begin
  class String
    begin; alias m4 strip!; rescue Exception; end
    begin; alias_method :m1, :strip!; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  def v2.m8(a0)
    a0
  end
rescue Exception
end
