GC.start
begin
  Numeric.send(:define_method, :m0) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.method(:index); rescue Exception; end
begin
  class << v0
    begin; C0.send(:undef_method, :index); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v2 = v0.singleton_class; rescue Exception; end
begin; v0.instance_variable_set(:@i0, v1); rescue Exception; end
