begin; v0 = {:k0 => :y4, :k1 => 59}; rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  def m0(a0, o0 = 0)
    a0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m1, :filter!); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do |a0, &blk|
    a0
  end
rescue Exception
end
begin
  class << v0
    begin
      2.times do |i|
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m1(a0)
    begin; self.m2(a0); rescue Exception; end
    a0
  end
rescue Exception
end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v0[nil] = v0; rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
