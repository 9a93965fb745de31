GC.start
begin; v0 = 78.respond_to?(:m0); rescue Exception; end
begin
  class C0
    GC.start
  end
rescue Exception
end
begin; p 3.5; rescue Exception; end
begin
  begin
  rescue => e
    begin
      v1 = proc do
        begin; v2 = C0.new(); rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p true; rescue Exception; end
begin; v3 = v0.m1(); rescue Exception; end
begin; C0.send(:alias_method, :m0, :puts); rescue Exception; end
begin; Object.send(:alias_method, :m2, :m0); rescue Exception; end
begin; v4 = nil; rescue Exception; end
begin; v5 = :y3; rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin
  class << v0
    begin; v7 = {:k0 => 19, :k1 => 19.5}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v8 = {:k0 => "s5", :k1 => nil}; rescue Exception; end
    begin
      v9 = v8.delete() do
        v8
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin; v10 = v5.to_proc; rescue Exception; end
begin
  def v6.m4(a0, a1)
    GC.start
    39
  end
rescue Exception
end
begin
  v11 = proc do |a0, a1|
    begin; C0.send(:prepend, Comparable); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v12 = nil; rescue Exception; end
