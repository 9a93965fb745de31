begin
  30.method(:digits).call() do |a0|
    begin
      def m0(a0, a1)
        a1
      end
    rescue Exception
    end
    20
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; Object.class_variable_set(:@@k1, self); rescue Exception; end
begin; K0 = true; rescue Exception; end
begin
  v1 = lambda do |a0|
    begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = [v1, "s0"]; rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m0, v1); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; Enumerable.send(:alias_method, :m1, :each_slice); rescue Exception; end
begin; v4 = v1.instance_variable_get(:@i0); rescue Exception; end
