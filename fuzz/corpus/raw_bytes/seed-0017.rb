begin; K0 = "s0"; rescue Exception; end
begin; v0 = Float((1..5)); rescue Exception; end
begin
  class << v0
    begin; v1 = 67; rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    begin; 10.times { |i| proc { i } }; rescue Exception; end
    begin
      class Array
        begin; alias_method :m0, :"=="; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < StandardError
    begin
      C0.send(:define_method, :m1) do |o0 = 0|
        begin
          class C1
            begin; C0.send(:prepend, Comparable); rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin
      v2 = lambda do |k0: 1, **kws|
        begin; v3 = {:k0 => nil, :k1 => self}; rescue Exception; end
        begin; C0.send(:include, Enumerable); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K1 = self; rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; C0.send(:alias_method, :m0, :"=="); rescue Exception; end
begin; p v0; rescue Exception; end
begin; K2 = v0; rescue Exception; end
GC.start
begin
  class Array
    begin; alias_method :m2, :"=="; rescue Exception; end
    begin; alias_method :m3, :"=="; rescue Exception; end
  end
rescue Exception
end
begin; v4 = C1.new(); rescue Exception; end
GC.start
begin
  class Array
    begin; alias m4 :"=="; rescue Exception; end
    begin; alias_method :m5, :m6; rescue Exception; end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, v0); rescue Exception; end
begin
  module M2
    begin; K3 = true; rescue Exception; end
    begin; v5 = C1.new(); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v0.m7(nil, v0); rescue Exception; end
begin
  v6 = lambda do
    begin
      v8 = Fiber.new do |x|
        begin
          v7 = proc do |k0: 1, **kws|
            begin
              C0.send(:define_method, :m8) do |o0 = 0|
                o0
              end
            rescue Exception
            end
            v0
          end
        rescue Exception
        end
        Fiber.yield(x)
        v4
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; K4 = v6; rescue Exception; end
GC.start
