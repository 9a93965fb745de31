GC.start
begin; v0 = true.respond_to?(:m0, true); rescue Exception; end
begin; p v0; rescue Exception; end
begin; Array.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v1 = [v0, v0, 89]; rescue Exception; end
begin; v1.extend(Comparable); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :open); rescue Exception; end
begin; 30.times { |i| v1 << i.to_s }; rescue Exception; end
begin
  class << v0
    begin; alias m0 m3; rescue Exception; end
    begin; v2 = true; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m4, :step); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :m5); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin
  Object.send(:define_method, :m6) do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin
  v1.instance_eval do
    begin; v3 = Integer.instance_method(:open); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m5, :open); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0|
    begin
      2.times do |i|
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; String.send(:alias_method, :m7, :step); rescue Exception; end
begin
  def v1.m8()
    begin; v4 = [self]; rescue Exception; end
    35
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
begin
  Range.class_eval do
    begin; v1 << v1; rescue Exception; end
  end
rescue Exception
end
begin
  Array.class_eval do
    begin; alias_method :m11, :open; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  Numeric.send(:define_method, :m0) do
    (4..5)
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :m9); rescue Exception; end
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
    begin; C0.send(:alias_method, :m5, :step); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      C0.send(:define_method, :m7) do |a0, a1|
        begin; 50.times { |i| proc { i } }; rescue Exception; end
        K0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = 67.respond_to?(:m10); rescue Exception; end
