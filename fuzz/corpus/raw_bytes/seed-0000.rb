GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class C0 < Array
    begin; String.send(:alias_method, :m0, :negative?); rescue Exception; end
  end
rescue Exception
end
begin
  def v0.m0()
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
    19.5
  end
rescue Exception
end
begin; v1 = C0.instance_variable_get(:@k2); rescue Exception; end
begin; v0.instance_variable_set(:@i1, v0); rescue Exception; end
begin; v2 = {:k0 => v0}; rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin
      class C1 < C0
        GC.start
        begin; v3 = 36.respond_to?(:m0); rescue Exception; end
        begin; eval(""); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v0.singleton_class.send(:define_method, :m1) do |a0, *rest|
        begin; v4 = v2.dup; rescue Exception; end
        v0
      end
    rescue Exception
    end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin
  class String
    begin; alias m2 sub!; rescue Exception; end
  end
rescue Exception
end
begin
  def m3(a0)
    true
  end
rescue Exception
end
begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v7 = []; rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; C1.send(:include, Comparable); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin
  v8 = lambda do |a0|
    begin; v9 = v2.has_value?(a0); rescue Exception; end
    v7
  end
rescue Exception
end
begin; v10 = Struct.new(:f0); rescue Exception; end
begin; v11 = C1.new(); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
