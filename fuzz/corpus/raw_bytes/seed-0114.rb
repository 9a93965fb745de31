GC.start
begin; eval("begin; v0 = Object.instance_variable_get(:@k2); rescue Exception; end"); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :between?); rescue Exception; end
begin; p 19.5; rescue Exception; end
begin; Array.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v1 = (4..6).send(:size, "s6", 40); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v1); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :m3); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m4, :between?); rescue Exception; end
  end
rescue Exception
end
