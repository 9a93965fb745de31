begin
  v0 = proc do
    begin
      v1 = 7.5.m0() do |o0 = 0|
        1
      end
    rescue Exception
    end
    GC.start
    "s13"
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin; v2 = [v0]; rescue Exception; end
begin; v3 = {:k0 => v0, :k1 => v2}; rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class << v2
    begin; v4 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; v5 = [true, "s3", v4]; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v3[i] = [i] }; rescue Exception; end
