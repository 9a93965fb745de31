GC.start
begin; Numeric.send(:alias_method, :m0, :"<="); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  self.m0(1) do |a0, o0 = 0|
    begin
      begin
        begin; Object.send(:include, Enumerable); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin
      class C0 < Exception
        begin; 300.times { |i| { i => i } }; rescue Exception; end
        begin; 300.times { |i| { i => i } }; rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v1 = {:k0 => v0, :k1 => true}; rescue Exception; end
begin; v2 = [11.5]; rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m1); rescue Exception; end
begin
  def m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v3 = {:k0 => 32, :k1 => rest}; rescue Exception; end
    begin; v3.singleton_class.send(:alias_method, :m2, :each_line); rescue Exception; end
    rest
  end
rescue Exception
end
begin
  v4 = Fiber.new do |x|
    begin; raise TypeError, "x"; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v5 = true; rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin
  class << v0
    begin
      2.times do |i|
        begin
          1.times do |i|
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v2 << i.to_s }; rescue Exception; end
