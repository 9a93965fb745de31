GC.start
begin
  :y3.name() do |a0, &blk|
    begin; Range.send(:alias_method, :m0, :ceildiv); rescue Exception; end
    -1.5
  end
rescue Exception
end
begin
  class C0
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; Enumerable.send(:alias_method, :m1, :collect_concat); rescue Exception; end
        begin; v0 = Object.new(k0: 2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = self.ceildiv(1); rescue Exception; end
begin; self.ceildiv(v1, v1); rescue Exception; end
begin
  v1.m2() do |a0|
    a0
  end
rescue Exception
end
begin; C0.extend(Enumerable); rescue Exception; end
begin
  module M2
    begin
      5.times do |i|
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; C1.send(:prepend, M2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = C1.instance_variable_get(:@k1); rescue Exception; end
begin; K0 = (0..0); rescue Exception; end
begin; v3 = C0.class_variable_get(:@@k1); rescue Exception; end
begin; v4 = Array("s16"); rescue Exception; end
begin; v5 = Object.new(54, K0); rescue Exception; end
begin; C0.send(:alias_method, :m0, :hash); rescue Exception; end
begin; true.send(:m2, 60, v2); rescue Exception; end
begin
  class Range
    begin; alias m3 hash; rescue Exception; end
    begin; alias_method :m0, :m2; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, M2); rescue Exception; end
begin; Object.send(:alias_method, :m4, :ceildiv); rescue Exception; end
begin; C0.send(:undef_method, :ceildiv); rescue Exception; end
begin
  C1.send(:define_method, :m5) do |a0|
    begin; C0.class_variable_set(:@@k0, self); rescue Exception; end
    v3
  end
rescue Exception
end
begin; v6 = String(K0); rescue Exception; end
