begin; Object.class_variable_set(:@@k1, "s12"); rescue Exception; end
begin; String.send(:alias_method, :m0, :hash); rescue Exception; end
begin; v0 = [58, 29].sort; rescue Exception; end
begin; v1 = [self, v0].uniq.size; rescue Exception; end
begin
  v2 = proc do
    begin; v3 = v1.method(:max); rescue Exception; end
    self
  end
rescue Exception
end
begin
  def m1(k0: 1)
    k0
  end
rescue Exception
end
begin; v4 = {:k0 => self}; rescue Exception; end
begin
  v5 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  begin
  rescue => e
  ensure
    begin; v6 = Object.new(v2, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v7 = Object.new(); rescue Exception; end
begin; 8.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
