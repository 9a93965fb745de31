begin
  Array.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    o0
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  module M0
    begin; 42.downto(k0: (4..9)); rescue Exception; end
    begin; p true; rescue Exception; end
  end
rescue Exception
end
begin
  String.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin
  v1 = Fiber.new do |x|
    begin; v0 = Object.new(); rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  String.send(:define_method, :m2) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      begin
        begin; v2 = C1.new(); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = 30; rescue Exception; end
begin; C1.send(:alias_method, :m3, :message); rescue Exception; end
begin; true.m4(:y3, v3); rescue Exception; end
begin; C1.send(:alias_method, :m2, :message); rescue Exception; end
begin; v4 = C1.new(); rescue Exception; end
begin; v5 = {:k0 => (1..4), :k1 => v3}; rescue Exception; end
begin; v6 = C1.new(); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
