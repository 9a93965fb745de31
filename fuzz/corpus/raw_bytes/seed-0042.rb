begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = 76.method(:upto); rescue Exception; end
begin; v1 = [v0]; rescue Exception; end
begin; v2 = v1.dup; rescue Exception; end
begin; v3 = Object.new(*v2); rescue Exception; end
begin; Object.instance_variable_set(:@k0, v3); rescue Exception; end
begin; v4 = v1.__repeated_combination(v3); rescue Exception; end
begin
  v2.instance_eval do
    begin; v5 = :y2.respond_to?(:m1); rescue Exception; end
  end
rescue Exception
end
begin
  self.send(:m2, nil) do |a0, &blk|
    begin; v6 = Struct.new(:f0); rescue Exception; end
    blk
  end
rescue Exception
end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; p v3; rescue Exception; end
