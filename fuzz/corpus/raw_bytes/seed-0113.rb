begin; v0 = nil; rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
GC.start
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin
  Hash.class_eval do
    begin; v2 = v1.respond_to?(:m2); rescue Exception; end
    begin
      def m3(a0, &blk)
        begin; Numeric.send(:alias_method, :m1, :set_backtrace); rescue Exception; end
        begin; Hash.send(:alias_method, :m4, :m5); rescue Exception; end
        (3..5)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = [v1, v0, v1]; rescue Exception; end
begin; v1.m6(*v3); rescue Exception; end
begin; Hash.send(:alias_method, :m7, :message); rescue Exception; end
begin; v1.instance_variable_set(:@i0, v0); rescue Exception; end
begin; v4 = v1.m1(v1, v3); rescue Exception; end
begin; v5 = true; rescue Exception; end
begin; p true; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; v7 = 66; rescue Exception; end
begin
  class C0
    begin; v8 = {:k0 => (0..5)}; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v7; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m8, :set_backtrace); rescue Exception; end
begin; C0.send(:alias_method, :m9, :to_a); rescue Exception; end
begin; p nil; rescue Exception; end
begin; v9 = (3..7); rescue Exception; end
begin; v3.freeze; rescue Exception; end
begin
  89.set_backtrace(k0: 2) do |a0|
    a0
  end
rescue Exception
end
begin; v10 = [:y4, v1]; rescue Exception; end
begin; v11 = :upcase; rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
