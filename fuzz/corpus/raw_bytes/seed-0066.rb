begin; v0 = {:k0 => 76}; rescue Exception; end
begin; v1 = v0.method(:m0); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  def m0(a0, a1)
    begin; 50.times { |i| { i => i } }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin
  Integer.send(:define_method, :m0) do
    begin; v3 = Array.instance_method(:m0); rescue Exception; end
    begin; v4 = v0.map!(v0, k0: 3); rescue Exception; end
    self
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m1, :map!; rescue Exception; end
  end
rescue Exception
end
begin; v5 = v0.dup; rescue Exception; end
begin
  class << v1
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m1, :succ); rescue Exception; end
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m2, :succ); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v6 = [v0]; rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
