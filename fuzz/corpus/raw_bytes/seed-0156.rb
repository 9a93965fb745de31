begin; v0 = (3..8).send(:"+@", 1); rescue Exception; end
begin
  v1 = ->(k0: 1, **kws) do
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    begin; v2 = []; rescue Exception; end
    k0
  end
rescue Exception
end
begin
  v3 = lambda do |a0|
    begin; Numeric.send(:alias_method, :m0, :dig); rescue Exception; end
    begin; v4 = v1.public_send(:call, v1); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v5 = ->(a0, *rest, p0) do
    begin; v6 = v3.to_proc; rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class << v0
    begin; Array.send(:alias_method, :m0, :dig); rescue Exception; end
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
  class String
    begin; alias_method :m0, :to_sym; rescue Exception; end
  end
rescue Exception
end
begin; v8 = v3.respond_to?(:m1); rescue Exception; end
begin; Integer.send(:alias_method, :m2, :m3); rescue Exception; end
begin; v9 = Struct.new(:f0); rescue Exception; end
begin; v10 = Hash.instance_method(:to_sym); rescue Exception; end
begin
  v11 = proc do
    self
  end
rescue Exception
end
begin; v12 = true; rescue Exception; end
begin; v13 = v8.respond_to?(:m4, true); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; p v11; rescue Exception; end
begin; v14 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v15 = proc do
    begin; v14.singleton_class.send(:alias_method, :m5, :m1); rescue Exception; end
    self
  end
rescue Exception
end
begin
  class << v10
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin
      v19 = Fiber.new do |x|
        begin
          v16 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v17 = self.m5(v0, v14); rescue Exception; end
            begin; v18 = v14.new(); rescue Exception; end
            blk
          end
        rescue Exception
        end
        Fiber.yield(x)
        v13
      end
    rescue Exception
    end
  ensure
    begin; v20 = self.m2(&v3); rescue Exception; end
    begin; v9.singleton_class.send(:alias_method, :m6, :dig); rescue Exception; end
  end
rescue Exception
end
begin
  v21 = proc do |a0, *rest, p0|
    GC.start
    begin; v22 = v10.bind(v15); rescue Exception; end
    p0
  end
rescue Exception
end
begin
  v23 = Class.new(Object) do
    GC.start
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    begin; p true; rescue Exception; end
  end
rescue Exception
end
begin
  v24 = self.m3((3..6)) do |o0 = 0|
    o0
  end
rescue Exception
end
