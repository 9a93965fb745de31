begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  v1 = ->(a0) do
    begin; v0.singleton_class.send(:alias_method, :m0, :strip!); rescue Exception; end
    a0
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin
  class C0
    begin; true.m0(k0: 85); rescue Exception; end
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        GC.start
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin; v2 = {}; rescue Exception; end
    begin; v3 = self.respond_to?(:m1); rescue Exception; end
  end
rescue Exception
end
begin; v4 = Numeric.instance_method(:m0); rescue Exception; end
begin; v1.instance_variable_set(:@i3, K0); rescue Exception; end
begin; v5 = []; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin
  C0.send(:define_method, :m0) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v6.singleton_class.send(:define_method, :m2, v4); rescue Exception; end
begin; v8 = [v7, "s5"]; rescue Exception; end
begin; C0.send(:alias_method, :m2, :m2); rescue Exception; end
begin; K1 = v7; rescue Exception; end
begin
  module M1
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
    begin; alias m1 strip!; rescue Exception; end
    begin; v9 = C0.new(k0: 19.5); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  begin
    begin; 30.times { |i| v5 << i.to_s }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; String.send(:alias_method, :m3, :strip!); rescue Exception; end
  end
rescue Exception
end
begin; v10 = true; rescue Exception; end
begin; v11 = :y2; rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
begin; v13 = C0.new(); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; ($stash ||= []).concat(Array.new(2) { |j| Object.new }); rescue Exception; end
  end
rescue Exception
end
begin; v14 = v6.instance_variable_get(:@i2); rescue Exception; end
GC.start
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m4(a0, o0 = 0)
        begin
          v15 = Fiber.new do |x|
            Fiber.yield(x)
            17.5
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m5, :abs); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v16 = Array(95); rescue Exception; end
  end
rescue Exception
end
begin; v17 = "abc" + v8; rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
GC.start
