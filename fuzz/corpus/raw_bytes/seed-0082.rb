begin; v0 = true.respond_to?(:m0); rescue Exception; end
GC.start
begin
  class C0 < Numeric
    begin; C0.send(:include, Enumerable); rescue Exception; end
    begin
      C0.send(:define_method, :m1) do
        begin; raise ArgumentError, "x"; rescue Exception; end
        :y4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = 1; rescue Exception; end
begin; v2 = v0.method(:m0).call(k0: 2); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  class C1 < C0
    begin; v3 = nil; rescue Exception; end
    begin
      v4 = ->() do
        (0..0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:undef_method, :"&"); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class Hash
        begin; alias m0 reject!; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v2
    begin; p 4; rescue Exception; end
  end
rescue Exception
end
begin
  def m2(a0)
    begin; v5 = nil; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v6 = [v2]; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v8 = C1.new(v2); rescue Exception; end
begin; C0.instance_variable_set(:@k2, v2); rescue Exception; end
begin; v7.freeze; rescue Exception; end
begin; v9 = {:k0 => self, :k1 => K0}; rescue Exception; end
begin; C0.send(:alias_method, :m3, :"&"); rescue Exception; end
begin; v7.method(:m3).call(nil, *v6, k0: 3); rescue Exception; end
