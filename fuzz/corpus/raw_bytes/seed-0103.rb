GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
    begin
      class << v1
        begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; M0.send(:undef_method, :m1); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      module M0
        begin; Object.instance_variable_set(:@k2, 12.5); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; v2 = :upcase; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  class << v0
    begin; Object.class_variable_set(:@@k2, 43); rescue Exception; end
  end
rescue Exception
end
begin; v3 = [v0, :y0]; rescue Exception; end
GC.start
begin; v4 = [v3, v3].sort; rescue Exception; end
GC.start
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v5.inherited() do |a0, &blk|
    begin; Object.send(:include, M0); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v6 = Object.class_variable_get(:@@k1); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v0.instance_variable_set(:@i1, 11.5); rescue Exception; end
begin
  class << v3
    begin; v7 = Object.new(nil, k0: 3); rescue Exception; end
    begin; String.send(:alias_method, :m2, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  v8 = proc do
    v3
  end
rescue Exception
end
begin; v9 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
GC.start
begin; self.positive?(); rescue Exception; end
begin; v3 << v4; rescue Exception; end
begin; v11 = Object.class_variable_get(:@@k2); rescue Exception; end
begin
  def v5.m3(a0)
    begin; raise ArgumentError, "x"; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v12 = ->() do
    begin; raise ArgumentError, "x"; rescue Exception; end
    v6
  end
rescue Exception
end
begin; v5.send(:alias_method, :m3, :positive?); rescue Exception; end
begin; v5.instance_variable_set(:@i0, v6); rescue Exception; end
