GC.start
begin
  "s14".lstrip(k0: 2) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; v0 = 1 + nil; rescue Exception; end
begin; v1 = []; rescue Exception; end
begin; p v1; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do
    begin
      r1 = 0
      begin
        begin; v2 = v1.dup; rescue Exception; end
        begin; String.send(:alias_method, :m1, :yield_self); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r1 += 1
        retry if r1 < 2
      ensure
        begin
          class << v1
            begin; v3 = "s16".respond_to?(:m2); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
begin
  begin
  rescue => e
    begin; Integer.send(:alias_method, :m3, :yield_self); rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v1 << i.to_s }; rescue Exception; end
begin
  v4 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = {}; rescue Exception; end
    begin
      def m4(a0)
        begin
          C0.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
            11.5
          end
        rescue Exception
        end
        begin; v6 = 1 + a0; rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; v5.method(:initialize_copy).call(k0: "s3"); rescue Exception; end
    begin; Object.const_set(:K1, true); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = lambda do |a0, *rest|
    nil
  end
rescue Exception
end
begin
  v4.instance_eval do
  end
rescue Exception
end
begin; K2 = v7; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v8 = true.respond_to?(:m5, true); rescue Exception; end
    GC.start
    begin; C1.extend(Enumerable); rescue Exception; end
    begin
      v9 = Fiber.new do |x|
        Fiber.yield(x)
        "s14"
      end
    rescue Exception
    end
  end
rescue Exception
end
