GC.start
begin; Enumerable.send(:alias_method, :m0, :partition); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; Numeric.extend(Enumerable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  class << v0
    begin; K0 = 11; rescue Exception; end
  end
rescue Exception
end
begin; v1 = v0.respond_to?(:m1, true); rescue Exception; end
begin
  v2 = lambda do
    begin; v3 = (0..5).respond_to?(:m1); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class << v2
    begin
      def m2(a0, *rest)
        begin; v4 = []; rescue Exception; end
        begin; v5 = v4.replace(); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; p 8; rescue Exception; end
  end
rescue Exception
end
begin; K1 = v1; rescue Exception; end
