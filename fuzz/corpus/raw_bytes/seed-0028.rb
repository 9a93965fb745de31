GC.start
begin; v0 = {:k0 => true, :k1 => 20}; rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k2); rescue Exception; end
begin
  v3 = v2.m0(1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; v4 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v8 = Fiber.new do |x|
    begin
      v5 = Class.new(String) do
        begin; v6 = C0.class_variable_get(:@@k2); rescue Exception; end
        begin
          class << v6
            begin; C0.instance_variable_set(:@k1, nil); rescue Exception; end
            begin
              Object.send(:define_method, :m0) do |a0, a1|
                55
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v7 = Integer(v6); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    (2..4)
  end
rescue Exception
end
begin
  def m1(o0 = 0)
    begin; v9 = 78; rescue Exception; end
    begin; Range.send(:alias_method, :m2, :m3); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v10 = C0.class_variable_get(:@@k1); rescue Exception; end
begin; v11 = {:k0 => "s12", :k1 => v10}; rescue Exception; end
begin; v12 = []; rescue Exception; end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    15
  end
rescue Exception
end
