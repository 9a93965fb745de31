begin
  Range.send(:define_method, :m0) do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v0 = 97.send(:div, :y1); rescue Exception; end
begin; v1 = {:k0 => 18.5, :k1 => :y0}; rescue Exception; end
begin
  class C0 < Hash
    begin
      v2 = lambda do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v3 = v2.singleton_class; rescue Exception; end
    begin; v4 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v5 = C0.instance_method(:ceildiv); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin
  v6 = self.send(:m1, v0, v5) do |a0, a1|
    begin; v1.singleton_class.send(:define_method, :m1, v5); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v7 = Class.new(Object) do
    begin; Object.const_set(:K0, 86); rescue Exception; end
    begin
      class C2
        begin
          C1.send(:define_method, :m2) do |a0|
            begin; C1.send(:remove_method, :m3); rescue Exception; end
            GC.start
            K0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do
    v6
  end
rescue Exception
end
begin; v10 = v7.new(**v1); rescue Exception; end
begin
  def m4(k0: 1)
    begin; v11 = 39.respond_to?(:m5); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  module M3
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
begin
  Hash.send(:define_method, :m6) do
    v9
  end
rescue Exception
end
begin; v7.instance_variable_set(:@i1, nil); rescue Exception; end
