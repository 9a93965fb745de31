begin
  Range.send(:define_method, :m0) do |a0, a1|
    a1
  end
rescue Exception
end
begin; v0 = nil.respond_to?(:m0); rescue Exception; end
begin; Object.class_variable_set(:@@k0, v0); rescue Exception; end
begin; v1 = Object.new(:y4); rescue Exception; end
begin; v2 = Hash.instance_method(:m1); rescue Exception; end
begin
  def v1.m2(a0, *rest)
    begin; v3 = 10.5.respond_to?(:m3); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
begin
  class << v1
    begin; v4 = 28.respond_to?(:m4, true); rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin
  def v1.m5(o0 = 0)
    begin; v5 = Object.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  class << v2
    begin
      3.times do |i|
        begin; v6 = :upcase; rescue Exception; end
        begin; v7 = {:k0 => nil}; rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = Object.new(k0: 97); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v9 = true; rescue Exception; end
    begin
      v10 = lambda do
        v9
      end
    rescue Exception
    end
    begin; Array.send(:alias_method, :m3, :between?); rescue Exception; end
  end
rescue Exception
end
begin
  v11 = lambda do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; v0.m3(v11, k0: 3); rescue Exception; end
