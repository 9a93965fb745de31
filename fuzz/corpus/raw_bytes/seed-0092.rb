begin; v0 = true.respond_to?(:m0); rescue Exception; end
begin; v1 = Float(v0); rescue Exception; end
begin; v2 = Numeric.instance_method(:eql?); rescue Exception; end
begin
  v3 = v1.m1(k0: 2) do
    nil
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v4 = []; rescue Exception; end
begin
  2.times do |i|
    begin; v5 = v2.send(:m1, v4, v3); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v4 << i.to_s }; rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :flatten); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m1, :eql?); rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; Object.send(:define_method, :m1, v2); rescue Exception; end
