GC.start
begin
  Hash.class_eval do
    GC.start
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v1 = nil; rescue Exception; end
GC.start
begin; Comparable.send(:alias_method, :m0, :">="); rescue Exception; end
begin; v2 = {:k0 => nil}; rescue Exception; end
begin
  Object.send(:define_method, :m1) do
    begin
      v3 = Class.new(StandardError) do
        begin; v4 = C0.new(); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    11.5
  end
rescue Exception
end
GC.start
begin
  def m2(a0, *rest, p0)
    begin; C0.send(:undef_method, :m3); rescue Exception; end
    49
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin; v5 = C0.instance_method(:m4); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v6 = nil; rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; Comparable.send(:alias_method, :m3, :">="); rescue Exception; end
GC.start
begin; 30.times { |i| v2[i] = [i] }; rescue Exception; end
begin; v7 = v0.method(:">="); rescue Exception; end
begin; v8 = v6.method(:m0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin; v9 = 6.5.respond_to?(:m0, true); rescue Exception; end
begin; v10 = [85, 7, v1]; rescue Exception; end
begin; v0.instance_variable_set(:@i2, v7); rescue Exception; end
