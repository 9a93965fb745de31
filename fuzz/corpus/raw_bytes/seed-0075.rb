GC.start
begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  v0 = Proc.new do
    nil
  end
rescue Exception
end
begin; v1 = v0.dup; rescue Exception; end
begin
  v2 = proc do
    begin
      v3 = v1.method(:"[]").call(k0: "s14") do
        32
      end
    rescue Exception
    end
    32
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin
  module M0
    begin
      class C1
        begin; alias_method :m0, :downto; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin
      v5 = Fiber.new do |x|
        begin
          v4 = proc do
            begin; Numeric.send(:alias_method, :m2, :downto); rescue Exception; end
            11
          end
        rescue Exception
        end
        Fiber.yield(x)
        (2..2)
      end
    rescue Exception
    end
    begin; v6 = Object.new(v5, true); rescue Exception; end
    begin; v7 = C1.new(v6); rescue Exception; end
  end
rescue Exception
end
