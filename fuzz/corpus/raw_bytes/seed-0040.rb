begin; v0 = {:k0 => (1..6), :k1 => 95}; rescue Exception; end
begin; v1 = v0.keep_if(v0, k0: 3); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m0, :nobits?; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v0.singleton_class.send(:alias_method, :m1, :nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v2 = v1.m1(v1); rescue Exception; end
begin; v3 = 45; rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  def v0.m0(a0, &blk)
    a0
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
    begin; v4 = self.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Array
    begin
      class Numeric
        begin; alias_method :m2, :nobits?; rescue Exception; end
        begin; alias_method :m1, :message; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = C1.new(); rescue Exception; end
    begin
      v6 = ->(a0, *rest, p0) do
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m3) do |a0, *rest, p0|
    begin; v7 = v0.clone; rescue Exception; end
    v2
  end
rescue Exception
end
begin; v8 = v2.respond_to?(:m1); rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin
  def m5()
    12
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v9 = C1.new(); rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
GC.start
begin; v10 = self.nobits?(); rescue Exception; end
begin; v0[nil] = v2; rescue Exception; end
