begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |a0, *rest|
    v0
  end
rescue Exception
end
begin; v2 = {:k0 => v0}; rescue Exception; end
begin
  class << v0
    begin; Integer.send(:alias_method, :m0, :each); rescue Exception; end
    begin; v3 = Object.new(54, k0: 3); rescue Exception; end
    begin; v4 = v3.singleton_class; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v5 = v2.respond_to?(:each, true); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin; v6 = Object.new(v1); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m1, :each); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; 100.times { |i| v2[i] = [i] }; rescue Exception; end
begin
  class << v0
    begin; alias m2 each; rescue Exception; end
  end
rescue Exception
end
begin
  def m3()
    self
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m4, :each); rescue Exception; end
begin; p nil; rescue Exception; end
