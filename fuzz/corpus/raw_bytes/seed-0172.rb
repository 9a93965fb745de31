begin; Numeric.send(:alias_method, :m0, :"+@"); rescue Exception; end
begin; v0 = [true, true].sort; rescue Exception; end
begin; v1 = v0.respond_to?(:m1, true); rescue Exception; end
begin
  class << v0
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      v3 = proc do |k0: 1|
        begin; v4 = Object.new(); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      class << v3
        begin
          v5 = proc do |a0, *rest, p0|
            begin; K0 = self; rescue Exception; end
            p0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  30.times do |i|
    begin
      class << v1
        begin; v6 = {:k0 => K0, :k1 => "s9"}; rescue Exception; end
        begin; v7 = v6 == v6; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v8 = v0.send(:"+@") do |o0 = 0|
    self
  end
rescue Exception
end
begin; Array.send(:alias_method, :m0, :next); rescue Exception; end
begin
  class << v0
    begin; alias m2 :"+@"; rescue Exception; end
    begin
      v9 = Fiber.new do |x|
        begin
          2.times do |i|
          end
        rescue Exception
        end
        Fiber.yield(x)
        18.5
      end
    rescue Exception
    end
    begin; v10 = 0; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v8.method(:m2); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :next); rescue Exception; end
begin; K1 = v1; rescue Exception; end
begin; v12 = v11.method(:call).call(); rescue Exception; end
begin; v13 = []; rescue Exception; end
begin
  v13.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    v8
  end
rescue Exception
end
begin; v13.singleton_class.send(:alias_method, :m3, :"+@"); rescue Exception; end
begin
  3.times do |i|
    begin
      2.times do |i|
        begin; v14 = K0.method(:m4); rescue Exception; end
        begin; 100.times { |i| v13 << i.to_s }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:define_method, :m4, v11); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m5, :"+@"; rescue Exception; end
    begin; alias_method :m6, :m7; rescue Exception; end
  end
rescue Exception
end
