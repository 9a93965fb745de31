GC.start
begin
  v0 = lambda do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v1 = v0.to_proc; rescue Exception; end
GC.start
begin; v2 = [3.5].include?(true); rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin
      v3 = proc do
        begin; v4 = 13.5; rescue Exception; end
        nil
      end
    rescue Exception
    end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  class << v5
    begin; v6 = "s3".split(99); rescue Exception; end
    begin; v7 = Object.new(v6, v6); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; v8 = self.send(:m0); rescue Exception; end
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
    begin; Numeric.send(:alias_method, :m0, :m1); rescue Exception; end
  end
rescue Exception
end
begin; v9 = [v2, v0, v0]; rescue Exception; end
begin; v10 = v0.clone; rescue Exception; end
begin; v11 = Float(v2); rescue Exception; end
begin; Range.send(:alias_method, :m2, :puts); rescue Exception; end
begin
  class << v2
    begin
      def self.m3(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = Object.new(); rescue Exception; end
begin; Array.send(:alias_method, :m2, :m3); rescue Exception; end
begin; Object.send(:include, M0); rescue Exception; end
begin; v13 = Object.new(); rescue Exception; end
begin
  class << v10
    begin; v14 = Object.new(); rescue Exception; end
    begin
      v14.singleton_class.send(:define_method, :m3) do
        begin; v15 = v14.method(:m4).call(1); rescue Exception; end
        v14
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v13
    begin; v16 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; v17 = Object.new(); rescue Exception; end
    begin
      v18 = Proc.new do
        begin; self.send(:include, M0); rescue Exception; end
        :y3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v19 = Integer.instance_method(:puts); rescue Exception; end
