begin; K0 = :y1; rescue Exception; end
begin; v0 = self.m0(K0, k0: 3); rescue Exception; end
begin
  class << v0
    begin
      def m0(a0, a1)
        begin; v1 = 2.5.respond_to?(:m0); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = {:k0 => true}; rescue Exception; end
begin; v4 = v3.clone; rescue Exception; end
begin; Array.send(:alias_method, :m1, :upto); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m1, :insert); rescue Exception; end
begin
  module M0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      class Integer
        begin; alias_method :m2, :upto; rescue Exception; end
      end
    rescue Exception
    end
    begin; K1 = nil; rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v4.freeze; rescue Exception; end
GC.start
begin; p (4..8); rescue Exception; end
