GC.start
begin; p 14; rescue Exception; end
begin; v0 = self.send(:m0, :y5, k0: 3); rescue Exception; end
begin
  class << v0
    begin
      v1 = Fiber.new do |x|
        Fiber.yield(x)
        :y4
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = {}; rescue Exception; end
begin; v3[-0.5] = v0; rescue Exception; end
begin
  def v3.m1()
    88
  end
rescue Exception
end
begin; v4 = :upcase; rescue Exception; end
begin
  class C0 < Exception
    begin
      class C1
        begin; C1.send(:alias_method, :m0, :end); rescue Exception; end
        begin; 65.end(); rescue Exception; end
        begin
          class C2
            begin; p (4..6); rescue Exception; end
            begin; alias m2 :">"; rescue Exception; end
            begin; v5 = C2.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :end); rescue Exception; end
  end
rescue Exception
end
begin; v6 = C0.new(); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v7 = (1..6).method(:">"); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; p v3; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v3[32] = 25; rescue Exception; end
    begin
      v8 = v4.method(:size).call(1) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v9 = Object.new(**v3); rescue Exception; end
begin; v10 = v9.m3(&v4); rescue Exception; end
GC.start
begin; v11 = {:k0 => v7}; rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v11.singleton_class.send(:alias_method, :m5, :end); rescue Exception; end
    begin; v12 = C1.new(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; C0.send(:alias_method, :m2, :end); rescue Exception; end
begin; p v9; rescue Exception; end
begin; v13 = v7.respond_to?(:m5); rescue Exception; end
begin; 100.times { |i| v3[i] = [i] }; rescue Exception; end
begin
  class << v11
    begin; C0.send(:remove_method, :end); rescue Exception; end
  end
rescue Exception
end
begin
  def v6.m5()
    begin
      v14 = lambda do
        true
      end
    rescue Exception
    end
    "s4"
  end
rescue Exception
end
