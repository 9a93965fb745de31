begin
  v0 = "s19".each_pair() do |a0|
    begin; String.send(:alias_method, :m0, :each_pair); rescue Exception; end
    begin; K0 = "s0"; rescue Exception; end
    a0
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  String.send(:define_method, :m1) do |k0: 1, **kws|
    begin
      class << v0
        begin; alias m2 transpose; rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  v1 = proc do |a0, a1|
    a0
  end
rescue Exception
end
begin
  class C0
    begin; alias_method :m3, :m4; rescue Exception; end
    begin; v2 = C0.new(); rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m1, :m5); rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; Object.send(:alias_method, :m6, :m7); rescue Exception; end
begin; C0.send(:alias_method, :m8, :transpose); rescue Exception; end
begin; v3 = v1.to_proc; rescue Exception; end
begin; v4 = []; rescue Exception; end
begin
  class C1 < C0
    begin; C1.send(:include, Comparable); rescue Exception; end
    begin; 10.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m9, :transpose); rescue Exception; end
begin; eval(""); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v5 = C1.new(); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin
  class << v5
    begin; String.class_eval("begin; v6 = C0.new(); rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:undef_method, :m10); rescue Exception; end
begin
  C1.send(:define_method, :m8) do
    begin; p self; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i3, v1); rescue Exception; end
