GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0.instance_variable_set(:@i3, v0); rescue Exception; end
begin
  module M0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = 5.5.respond_to?(:m0, true); rescue Exception; end
begin
  v3 = proc do |a0|
    begin; String.send(:alias_method, :m0, :m1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :last); rescue Exception; end
GC.start
begin; v1.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
