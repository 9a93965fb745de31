GC.start
begin; v0 = 11.5.respond_to?(:m0, true); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  class C0
    begin; 10.times { |i| proc { i } }; rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
    begin; v1 = nil; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = proc do |a0, &blk|
    v0
  end
rescue Exception
end
begin
  v3 = proc do |a0|
    begin; v4 = v2.clone; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v3.singleton_class.send(:define_method, :m1) do
    begin; Object.const_set(:K0, v2); rescue Exception; end
    K0
  end
rescue Exception
end
begin; v5 = v3.public_send(:m0, k0: true); rescue Exception; end
begin; p v3; rescue Exception; end
begin; Numeric.send(:alias_method, :m2, :one?); rescue Exception; end
begin
  class << v3
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v8 = v0.select(k0: v5) do |a0, o0 = 0|
    begin; v7 = C0.new(); rescue Exception; end
    K0
  end
rescue Exception
end
