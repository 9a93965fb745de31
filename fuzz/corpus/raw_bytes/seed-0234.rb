begin; v0 = {:k0 => true}; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v1 = v0.singleton_class; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v2
    begin; true.m0(1); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  Numeric.send(:define_method, :m1) do |a0, a1|
    a1
  end
rescue Exception
end
begin; v0[12.5] = v1; rescue Exception; end
begin
  def v2.m2(a0, *rest, p0)
    begin
      Numeric.send(:define_method, :m3) do
        begin; self.reverse_each(); rescue Exception; end
        54
      end
    rescue Exception
    end
    p0
  end
rescue Exception
end
begin; v3 = v1.new(); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v4 = v2.singleton_class; rescue Exception; end
begin; M0.send(:undef_method, :m1); rescue Exception; end
begin; K1 = :y3; rescue Exception; end
begin
  v5 = lambda do |a0, a1|
    a0
  end
rescue Exception
end
begin
  Range.send(:define_method, :m4) do |a0, a1|
    begin; v6 = []; rescue Exception; end
    nil
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class << v1
    begin; v7 = Object.instance_method(:reverse_each); rescue Exception; end
    begin; v8 = [true, v7]; rescue Exception; end
    begin; v8 << nil; rescue Exception; end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; v1.instance_variable_set(:@i2, :y0); rescue Exception; end
begin; v4.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v9 = v3.clone; rescue Exception; end
begin
  def m3(a0, a1)
    a0
  end
rescue Exception
end
begin; v4.class_eval("begin\n  class << v0\n    begin; v10 = 48; rescue Exception; end\n    begin\n      module M0\n        begin\n          Numeric.send(:define_method, :m7) do |a0, *rest|\n            58\n          end\n        rescue Exception\n        end\n        begin; M0.send(:undef_method, :reverse_each); rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
