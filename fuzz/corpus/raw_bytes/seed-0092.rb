begin; Array.send(:alias_method, :m0, :eql?); rescue Exception; end
begin
  module M0
    begin; p 6; rescue Exception; end
    begin; v0 = "s17"; rescue Exception; end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |k0: 1, **kws|
    v1
  end
rescue Exception
end
begin
  v1.method(:m0).call(k0: 2) do |o0 = 0|
    begin; v2 = v1.instance_variable_get(:@i2); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin; K0 = true; rescue Exception; end
    begin
      class Array
        begin; alias_method :m0, :eql?; rescue Exception; end
        begin; alias_method :m1, :flatten; rescue Exception; end
      end
    rescue Exception
    end
    begin
      self.m2(1) do
        begin
          self.m0(K0) do |k0: 1|
            k0
          end
        rescue Exception
        end
        16.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2 < Hash
    begin; v3 = 3.5; rescue Exception; end
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m3, :eql?; rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:remove_method, :m0); rescue Exception; end
begin
  module M3
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      def self.m1(a0, *rest)
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  def m4()
    begin; eval("begin; C2.instance_variable_set(:@k1, :y1); rescue Exception; end"); rescue Exception; end
    begin; p self; rescue Exception; end
    68
  end
rescue Exception
end
begin; v4 = C1.new(v1); rescue Exception; end
