begin; v0 = "s19".respond_to?(:m0, true); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; v1 = :y1; rescue Exception; end
begin
  1.times do |i|
    begin; v2 = v1.m1(k0: 2); rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Object.send(:define_method, :m1) do |a0, o0 = 0|
    v1
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v3 = v0.send(:m2); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v4 = {:k0 => v1}; rescue Exception; end
begin
  begin
    begin; Object.send(:include, Enumerable); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v5 = Object.new(v1, k0: 3); rescue Exception; end
    begin; K0 = self; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m3, :m4); rescue Exception; end
begin; Range.send(:alias_method, :m5, :transpose); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  v6 = Class.new(Object) do
    begin; v7 = C0.new(); rescue Exception; end
    begin; 8.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; 8.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; alias m5 transpose; rescue Exception; end
  end
rescue Exception
end
begin; v8 = :y0; rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m0, :m6); rescue Exception; end
GC.start
begin; v4[nil] = v1; rescue Exception; end
begin; v9 = v6.singleton_class; rescue Exception; end
begin; v10 = v6.instance_variable_get(:@i1); rescue Exception; end
