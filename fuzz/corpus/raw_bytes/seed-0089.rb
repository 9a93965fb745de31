GC.start
begin; v0 = 1.respond_to?(:m0, true); rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; v2 = {:k0 => v1}; rescue Exception; end
begin; v3 = Array.instance_method(:entries); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; v2[(2..5)] = v2; rescue Exception; end
begin
  v5 = v3.m1(v3) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; 8.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
