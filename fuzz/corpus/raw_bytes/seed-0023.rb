GC.start
begin; Hash.send(:alias_method, :m0, :last); rescue Exception; end
GC.start
begin; v0 = (3..5).method(:last); rescue Exception; end
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
begin; v2 = 5.5.respond_to?(:m1); rescue Exception; end
begin
  v3 = proc do |o0 = 0|
    begin; Object.instance_variable_set(:@k2, 94); rescue Exception; end
    v1
  end
rescue Exception
end
begin; v4 = v0.call(v1, v3); rescue Exception; end
begin; v5 = v3.call(v2, k0: 3); rescue Exception; end
begin; v6 = v3.dup; rescue Exception; end
