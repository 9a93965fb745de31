begin
  class C0
    begin; alias_method :m0, :"%"; rescue Exception; end
    begin
      class C1 < C0
        begin; v0 = C0.new(); rescue Exception; end
        begin; v1 = v0 == (4..7); rescue Exception; end
        begin; v2 = C0.instance_variable_get(:@k2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m1, :"%"; rescue Exception; end
    begin; alias_method :m0, :"%"; rescue Exception; end
  end
rescue Exception
end
begin; p true; rescue Exception; end
begin
  self.m2(1) do |a0, &blk|
    begin; v3 = C0.new(blk, 33); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v4 = :upcase; rescue Exception; end
begin; C0.send(:alias_method, :m3, :"%"); rescue Exception; end
begin; v5 = Object.new(v4); rescue Exception; end
begin; C0.send(:alias_method, :m1, :m0); rescue Exception; end
begin; String.extend(Comparable); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v5.instance_eval do
        begin; v6 = v4.to_proc; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = self.m4(&v4); rescue Exception; end
begin
  v8 = self.public_send(:m0, 67, self) do |k0: 1, **kws|
    begin
      C0.send(:define_method, :m5) do |a0, *rest, p0|
        begin; 10.times { |i| [i, i] }; rescue Exception; end
        9
      end
    rescue Exception
    end
    kws
  end
rescue Exception
end
GC.start
