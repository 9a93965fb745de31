begin; raise ArgumentError, "x"; rescue Exception; end
begin; K0 = (2..4); rescue Exception; end
begin
  v0 = proc do
    begin; Range.send(:alias_method, :m0, :extend); rescue Exception; end
    15.5
  end
rescue Exception
end
begin
  v1 = lambda do
    v0
  end
rescue Exception
end
begin
  class << v1
    begin; p 6.5; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    begin
      v2 = proc do |a0|
        begin
          v4 = v1.yield(x) do
            begin; v3 = Object.new(); rescue Exception; end
            x
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v7 = String.instance_method(:m1); rescue Exception; end
begin; p v6; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v8 = :y5; rescue Exception; end
begin; v9 = Object.new(); rescue Exception; end
begin; v9.instance_variable_set(:@i3, nil); rescue Exception; end
