GC.start
begin; Numeric.send(:alias_method, :m0, :first); rescue Exception; end
begin; v0 = "s10".m0(63, 24); rescue Exception; end
begin; v1 = [true, v0]; rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :delete); rescue Exception; end
begin; v2 = Object.instance_method(:m1); rescue Exception; end
begin
  begin
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  rescue => e
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v2
    begin; eval("begin; String.send(:alias_method, :m2, :delete); rescue Exception; end"); rescue Exception; end
    begin
      class Range
        begin; alias m2 first; rescue Exception; end
      end
    rescue Exception
    end
    begin; v3 = 11.5; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; K0 = (0..3); rescue Exception; end
    begin
      1.times do |i|
        begin
          def m0(a0, *rest)
            begin; v4 = Object.new(); rescue Exception; end
            50
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; M0.send(:remove_method, :succ); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  10.times do |i|
    begin
      class << v2
        begin; M0.send(:undef_method, :m3); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v6 = v5.new(); rescue Exception; end
begin; Numeric.send(:define_method, :m4, v2); rescue Exception; end
begin; K1 = v1; rescue Exception; end
begin; v7 = nil.method(:first); rescue Exception; end
begin
  class C1
    begin
      v9 = Fiber.new do |x|
        begin; v8 = ["s18", nil, :y2]; rescue Exception; end
        Fiber.yield(x)
        62
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; nil.m0(*v1); rescue Exception; end
begin
  v5.subclasses(k0: v2) do |a0|
    a0
  end
rescue Exception
end
