GC.start
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = []; rescue Exception; end
GC.start
begin; v1 = self.send(:m1, *v0); rescue Exception; end
begin
  def v0.m2(a0, o0 = 0)
    nil
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; v2 = v0.dup; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = "s14".send(:each_byte, self); rescue Exception; end
  end
rescue Exception
end
begin; v4 = {}; rescue Exception; end
begin
  10.times do |i|
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      v4.singleton_class.send(:define_method, :m3) do |a0, &blk|
        begin; v5 = blk.respond_to?(:m4); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0 << v0; rescue Exception; end
begin; v4[17.5] = v1; rescue Exception; end
begin; p v1; rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; C0.send(:alias_method, :m5, :ceildiv); rescue Exception; end
  end
rescue Exception
end
begin; v4[:y5] = nil; rescue Exception; end
begin
  def v4.m6(k0: 1, **kws)
    31
  end
rescue Exception
end
begin
  v4.instance_eval do
    begin
      class << v2
        begin; C0.send(:alias_method, :m7, :m8); rescue Exception; end
        begin; K0 = :y0; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  Numeric.send(:define_method, :m9) do |a0, *rest, p0|
    begin
      v6 = self.send(:m0, true) do |o0 = 0|
        begin; 100.times { |i| v4[i] = [i] }; rescue Exception; end
        o0
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
