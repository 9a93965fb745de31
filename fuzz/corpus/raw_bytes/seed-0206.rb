GC.start
begin; v0 = 45; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v1 = [K0, (0..5)]; rescue Exception; end
begin
  Numeric.send(:define_method, :m0) do
    begin; 10.times { |i| Object.new }; rescue Exception; end
    v1
  end
rescue Exception
end
begin; C0.send(:remove_method, :step); rescue Exception; end
begin; Range.send(:alias_method, :m0, :step); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m1, :to_enum); rescue Exception; end
begin; v1 << v0; rescue Exception; end
begin; v2 = v1.join(self, v0); rescue Exception; end
begin; v3 = Struct.new(:f0); rescue Exception; end
begin
  begin
  rescue => e
    begin
      v3.instance_eval do
        begin; v3.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
