GC.start
begin
  module M0
    begin; v0 = [:y1, "s19"]; rescue Exception; end
  end
rescue Exception
end
begin; v1 = 38.respond_to?(:m0); rescue Exception; end
begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  class C1 < Hash
    begin
      C1.send(:define_method, :m0) do |k0: 1, **kws|
        :y4
      end
    rescue Exception
    end
    begin
      Hash.class_eval do
        begin; v2 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v3 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v1.method(:each_pair); rescue Exception; end
begin; C1.send(:alias_method, :m3, :transform_values!); rescue Exception; end
begin; v5 = C1.new(); rescue Exception; end
begin
  Array.class_eval do
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = C1.new(); rescue Exception; end
begin; v7 = v5.dup; rescue Exception; end
GC.start
begin
  v8 = proc do
    begin; v9 = v7.m4(v4); rescue Exception; end
    begin; v10 = Object.new(&v4); rescue Exception; end
    true
  end
rescue Exception
end
begin; p v6; rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m5, :dig); rescue Exception; end
begin
  v11 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v12 = 9.m6(1) do
        nil
      end
    rescue Exception
    end
    GC.start
    GC.start
  end
rescue Exception
end
GC.start
