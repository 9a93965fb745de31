GC.start
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; 73.pow(); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  v0 = proc do
    begin; v1 = self.extend(k0: nil); rescue Exception; end
    begin; Kernel.send(:alias_method, :m1, :extend); rescue Exception; end
    75
  end
rescue Exception
end
begin; v2 = Object.new(31); rescue Exception; end
begin
  class C0 < Numeric
    begin
      class C1
        begin; v3 = C1.new(1); rescue Exception; end
        begin
          C1.send(:define_method, :m2) do |a0, &blk|
            self
          end
        rescue Exception
        end
        begin; v4 = v3.clone; rescue Exception; end
        begin; alias_method :m3, :m2; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = C0.new(nil, true); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin; v2.m0(); rescue Exception; end
begin; C0.send(:remove_method, :extend); rescue Exception; end
begin
  v6 = proc do |a0, *rest, p0|
    begin; v0.singleton_class.send(:remove_method, :m5); rescue Exception; end
    rest
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
