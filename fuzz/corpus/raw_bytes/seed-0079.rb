GC.start
begin
  class C0 < String
    begin; alias m0 compact; rescue Exception; end
    begin; v0 = nil; rescue Exception; end
    begin; alias m1 lstrip; rescue Exception; end
    begin
      v1 = proc do |o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v2 = nil; rescue Exception; end
begin; v3 = C0.new(v2, k0: 3); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v4 = v3.respond_to?(:m2); rescue Exception; end
begin; C0.instance_variable_set(:@k0, v3); rescue Exception; end
begin
  class Hash
    begin; alias m3 compact; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin; Range.send(:alias_method, :m0, :collect!); rescue Exception; end
  end
rescue Exception
end
begin
  C1.send(:define_method, :m4) do
    "s12"
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin
      v5 = lambda do
        begin
          class Array
            begin; alias m2 collect!; rescue Exception; end
          end
        rescue Exception
        end
        x
      end
    rescue Exception
    end
    Fiber.yield(x)
    90
  end
rescue Exception
end
begin
  v7 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v3.freeze; rescue Exception; end
begin
  class << v6
    begin
      3.times do |i|
        GC.start
        begin; v8 = []; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m3, :m3; rescue Exception; end
  end
rescue Exception
end
begin; v9 = v4.respond_to?(:m3, true); rescue Exception; end
begin; Hash.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  class C2
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v10 = Class.new(Object) do
        begin
          begin
            begin; v11 = true.method(:m5); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          ensure
            begin; v12 = C2.class_variable_get(:@@k1); rescue Exception; end
            begin; v13 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v14 = {:k0 => v10}; rescue Exception; end
  end
rescue Exception
end
begin
  v17 = v6.public_send(:compact) do |a0, &blk|
    begin
      v7.singleton_class.send(:define_method, :m3) do |a0, *rest, p0|
        begin; v15 = v9.respond_to?(:m6); rescue Exception; end
        begin; raise ArgumentError, "x"; rescue Exception; end
        51
      end
    rescue Exception
    end
    begin; v16 = v6.resume(1); rescue Exception; end
    58
  end
rescue Exception
end
begin; v18 = "s3".respond_to?(:m4, true); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m7, :compact); rescue Exception; end
begin
  def v3.m4(a0, a1)
    a0
  end
rescue Exception
end
begin; v19 = v4.method(:m8); rescue Exception; end
begin
  def m3(a0, o0 = 0)
    a0
  end
rescue Exception
end
begin; v20 = v3.instance_variable_get(:@i0); rescue Exception; end
