GC.start
begin; p self; rescue Exception; end
begin; v0 = (4.5..10.5).include?(4.5); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  class C0 < Array
    begin; C0.class_variable_set(:@@k1, :y5); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v1 = Integer(v0); rescue Exception; end
begin; Integer.extend(Comparable); rescue Exception; end
begin; v2 = C0.new(k0: v0); rescue Exception; end
GC.start
begin; v2.singleton_class.send(:alias_method, :m0, :message); rescue Exception; end
begin
  class C1 < Hash
    begin; K0 = nil; rescue Exception; end
    begin; v3 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v4 = C1.new(); rescue Exception; end
begin; v5 = {:k0 => v4, :k1 => v1}; rescue Exception; end
begin
  module M2
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
