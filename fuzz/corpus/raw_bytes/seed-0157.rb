begin; v0 = Object.new(); rescue Exception; end
begin; v1 = []; rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k0); rescue Exception; end
GC.start
GC.start
begin
  v1.singleton_class.send(:define_method, :m0) do
    v2
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i1, v2); rescue Exception; end
begin
  v3 = proc do |o0 = 0|
    v1
  end
rescue Exception
end
begin; v4 = [v2, self].uniq.size; rescue Exception; end
begin; v5 = [10, 20, 30, 40][v4]; rescue Exception; end
begin; v6 = ["s8"]; rescue Exception; end
begin
  v7 = Fiber.new do |x|
    Fiber.yield(x)
    "s0"
  end
rescue Exception
end
begin; v8 = Object.new(*v6); rescue Exception; end
begin; v9 = Object.new(&v3); rescue Exception; end
GC.start
begin; Object.instance_variable_set(:@k1, :y5); rescue Exception; end
GC.start
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      begin
      rescue => e
      end
    rescue Exception
    end
    begin
      v11 = proc do |a0, *rest|
        a0
      end
    rescue Exception
    end
    begin; v11.singleton_class.send(:define_method, :m1, v11); rescue Exception; end
    begin; v12 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v13 = proc do |a0, a1|
    v7
  end
rescue Exception
end
begin; C0.send(:define_method, :m2, v13); rescue Exception; end
begin
  r1 = 0
  begin
    begin; C0.send(:alias_method, :m3, :first); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  module M1
    begin
      class String
        begin; alias m4 valid_encoding?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = nil; rescue Exception; end
begin
  C0.class_eval do
    begin; K0 = 49; rescue Exception; end
  end
rescue Exception
end
begin; v0.method(:m5).call(); rescue Exception; end
begin; v15 = C0.instance_variable_get(:@k0); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(4) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
