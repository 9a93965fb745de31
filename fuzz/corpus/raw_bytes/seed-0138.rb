begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.m0(:y1, -0.5); rescue Exception; end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin; v0.send(:"%", v0, v0); rescue Exception; end
begin; Object.class_variable_set(:@@k0, v1); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; 8.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v3 = v0.respond_to?(:m1); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :backtrace); rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  class C0 < StandardError
    begin
      def m3(a0, *rest, p0)
        begin
          C0.class_eval do
            begin
              C0.send(:define_method, :m2) do |a0, o0 = 0|
                o0
              end
            rescue Exception
            end
            begin; p p0; rescue Exception; end
          end
        rescue Exception
        end
        begin; v5 = self.respond_to?(:m4); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin
      v6 = Class.new(C0) do
        begin
          C0.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
            11.5
          end
        rescue Exception
        end
        begin; v7 = String((3..6)); rescue Exception; end
        begin; v8 = 37; rescue Exception; end
        begin; v9 = 10.5; rescue Exception; end
      end
    rescue Exception
    end
    begin; 300.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m5, :each); rescue Exception; end
begin; v10 = v0.m6(); rescue Exception; end
begin; v11 = true.respond_to?(:m2); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; C0.send(:alias_method, :m7, :backtrace); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
