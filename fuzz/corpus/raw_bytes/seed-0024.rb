GC.start
GC.start
begin; v0 = Object.new(1); rescue Exception; end
begin; Range.send(:alias_method, :m0, :nobits?); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v1 = 76; rescue Exception; end
GC.start
begin; v2 = Integer.instance_method(:prepend); rescue Exception; end
begin; v3 = :y3; rescue Exception; end
begin
  v4 = proc do |a0, &blk|
    v2
  end
rescue Exception
end
begin
  v5 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v7 = Fiber.new do |x|
        begin; v6 = C0.new(); rescue Exception; end
        begin; v6.public_send(:m0, 77, k0: 3); rescue Exception; end
        Fiber.yield(x)
        49
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = v4.to_proc; rescue Exception; end
begin
  begin
    begin
      v9 = self.nobits?() do |a0, a1|
        begin; K0 = v3; rescue Exception; end
        v1
      end
    rescue Exception
    end
    begin
      begin
        GC.start
        begin
          3.times do |i|
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
begin; v10 = v2.m1(&v8); rescue Exception; end
