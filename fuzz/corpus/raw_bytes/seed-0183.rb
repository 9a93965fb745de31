GC.start
begin; v0 = []; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :next); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; raise ArgumentError, "x"; rescue Exception; end
    :y5
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  Numeric.send(:define_method, :m1) do
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; 100.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  v6 = v1.send(:next, *v0) do |k0: 1|
    begin
      v0.singleton_class.send(:define_method, :m2) do |a0|
        begin; v2 = Object.new(); rescue Exception; end
        begin
          v3 = proc do
            begin; v4 = Object.new(k0: 2); rescue Exception; end
            begin; v5 = v2.m2(); rescue Exception; end
            v2
          end
        rescue Exception
        end
        13.5
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  def m0()
    90
  end
rescue Exception
end
GC.start
begin
  def v1.m2(a0, *rest)
    54
  end
rescue Exception
end
begin; eval("begin\n  class << v0\n    begin\n      Hash.send(:define_method, :m3) do |a0|\n        a0\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v7 = Object.new(*v0); rescue Exception; end
begin
  class << v6
    begin; v8 = {:k0 => 32}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin; v9 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin; K0 = 8.5; rescue Exception; end
