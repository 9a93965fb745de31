GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  String.class_eval do
    begin; v1 = [v0].include?(v0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; alias_method :m0, :m1; rescue Exception; end
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k2, :y0); rescue Exception; end
begin
  def m2(a0, *rest)
    55
  end
rescue Exception
end
begin; v2 = {}; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v3 = Hash.instance_method(:step); rescue Exception; end
begin; eval("begin; v4 = v2.singleton_class; rescue Exception; end"); rescue Exception; end
begin; Object.instance_variable_set(:@k0, v3); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin
  def v0.m3()
    "s16"
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v6 = (1..5).respond_to?(:m4); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m2, :"+@"); rescue Exception; end
begin; eval("begin; v7 = Struct.new(:f0, :f1); rescue Exception; end\nbegin\n  class << v2\n    begin; v8 = 59; rescue Exception; end\n    begin; C0.send(:remove_method, :\"+@\"); rescue Exception; end\n    begin; v9 = Object.new(k0: 2); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class C0
    begin; Object.send(:alias_method, :m3, :"+@"); rescue Exception; end
    begin
      class C1 < C0
        begin; v10 = {}; rescue Exception; end
        begin; v11 = "abc" + v10; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v12 = { v2 => 1, 95 => 2 }[v2]; rescue Exception; end
begin; K0 = 27; rescue Exception; end
begin; C1.send(:alias_method, :m5, :"+@"); rescue Exception; end
