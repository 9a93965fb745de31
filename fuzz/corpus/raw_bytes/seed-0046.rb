begin
  Range.send(:define_method, :m0) do |k0: 1|
    k0
  end
rescue Exception
end
begin; v0 = Range.instance_method(:m1); rescue Exception; end
begin
  v1 = proc do
    begin; Range.send(:define_method, :m0, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v2 = v1.instance_variable_get(:@i3); rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v3 = []; rescue Exception; end
  end
rescue Exception
end
begin; v1.instance_eval("begin; v4 = Object.new(); rescue Exception; end"); rescue Exception; end
begin
  class << v1
    begin
      v5 = proc do |a0|
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
        a0
      end
    rescue Exception
    end
    begin
      Integer.class_eval do
        begin; K0 = v5; rescue Exception; end
        begin; v6 = Object.class_variable_get(:@@k1); rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = [self, self].max; rescue Exception; end
  end
rescue Exception
end
begin
  v8 = Fiber.new do |x|
    begin; Object.instance_variable_set(:@k0, (4..8)); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; self.m2(v2); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class << v8
    begin; Integer.send(:alias_method, :m0, :m3); rescue Exception; end
    begin; v9 = Object.new(); rescue Exception; end
    begin; alias m4 slice!; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:undef_method, :">"); rescue Exception; end
