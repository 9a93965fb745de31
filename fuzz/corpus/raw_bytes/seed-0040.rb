begin
  r1 = 0
  begin
  rescue => e
    begin; v0 = Array(99); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; K0 = 13.5; rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m0()
        begin; Range.send(:alias_method, :m0, :nobits?); rescue Exception; end
        1.5
      end
    rescue Exception
    end
    begin
      def m1(a0, o0 = 0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Exception
    begin; alias m0 message; rescue Exception; end
    begin; alias_method :m0, :m0; rescue Exception; end
  end
rescue Exception
end
begin
  def m2()
    begin; C0.send(:prepend, Comparable); rescue Exception; end
    self
  end
rescue Exception
end
begin; v1 = {:k0 => :y3, :k1 => true}; rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m3); rescue Exception; end
begin; v3 = {:k0 => v2}; rescue Exception; end
begin; v4 = v3.message(); rescue Exception; end
begin
  class << v3
    GC.start
    begin; v5 = (3..8).method(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v6 = [v3, self]; rescue Exception; end
begin
  def v3.m4(a0, o0 = 0)
    begin; v7 = 65.__coerce_step_counter(self); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v8 = true; rescue Exception; end
begin; v9 = v6.singleton_class; rescue Exception; end
begin; v10 = Integer(78); rescue Exception; end
begin
  def m4()
    :y0
  end
rescue Exception
end
