begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :i); rescue Exception; end
begin
  Range.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    blk
  end
rescue Exception
end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v1 = {:k0 => true, :k1 => self}; rescue Exception; end
    begin
      v2 = lambda do |o0 = 0|
        begin; v3 = v1.clone; rescue Exception; end
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m0(a0)
    begin; C0.send(:undef_method, :i); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :select); rescue Exception; end
begin
  def m1()
    begin; String.send(:alias_method, :m2, :m1); rescue Exception; end
    18
  end
rescue Exception
end
begin
  Object.send(:define_method, :m3) do |a0|
    a0
  end
rescue Exception
end
begin; v4 = Integer(v0); rescue Exception; end
begin
  v5 = proc do |a0, *rest, p0|
    begin; v6 = "abc" + rest; rescue Exception; end
    p0
  end
rescue Exception
end
begin; p v0; rescue Exception; end
