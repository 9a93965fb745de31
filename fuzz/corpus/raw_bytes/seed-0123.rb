begin; v0 = true.m0(1); rescue Exception; end
begin; Object.class_variable_set(:@@k0, v0); rescue Exception; end
begin
  v1 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v2 = Object.instance_variable_get(:@k0); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v3 = ->(a0, o0 = 0) do
    begin; v4 = Object.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v5 = proc do |a0, a1|
    begin; v6 = 1 + v3; rescue Exception; end
    begin
      class Integer
        begin; alias_method :m1, :step; rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v7 = 1 + self; rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  class << v7
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5.singleton_class.send(:define_method, :m1, v5); rescue Exception; end
begin; v8 = Range.instance_method(:m2); rescue Exception; end
begin; v9 = Array((1..1)); rescue Exception; end
begin; Object.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v10 = Range.instance_method(:m4); rescue Exception; end
begin; v11 = Object.new(); rescue Exception; end
begin; v12 = (3..8); rescue Exception; end
begin; v13 = (v3..K0).include?(v3); rescue Exception; end
