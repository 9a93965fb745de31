begin
  module M0
    begin; v0 = Object.new(nil, 28); rescue Exception; end
  end
rescue Exception
end
begin; v1 = Array.instance_method(:">="); rescue Exception; end
begin
  class C1
    begin; 100.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  v3 = Fiber.new do |x|
    begin; v2 = "s10".ceildiv(); rescue Exception; end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin; v4 = C1.new(); rescue Exception; end
begin; Object.send(:alias_method, :m0, :">="); rescue Exception; end
begin; v5 = []; rescue Exception; end
begin; C1.send(:remove_method, :m1); rescue Exception; end
begin
  Integer.send(:define_method, :m2) do |a0|
    begin; v6 = [v5, v3]; rescue Exception; end
    v3
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin; v7 = 82; rescue Exception; end
begin; v4.singleton_class.send(:remove_method, :message); rescue Exception; end
begin; v8 = [v5]; rescue Exception; end
begin; v9 = :y5; rescue Exception; end
begin; v5 << v8; rescue Exception; end
begin
  class << v8
    begin
      module M2
        begin; C1.send(:alias_method, :m0, :message); rescue Exception; end
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        begin
          v10 = Class.new(Object) do
            begin
              def m3(o0 = 0)
                o0
              end
            rescue Exception
            end
            begin; true.method(:ceildiv).call(89); rescue Exception; end
            begin; C1.extend(Enumerable); rescue Exception; end
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
  v11 = proc do |a0, *rest|
    begin; C3.send(:undef_method, :nonzero?); rescue Exception; end
    begin
      v12 = ->() do
        begin; raise ArgumentError, "x"; rescue Exception; end
        v8
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; M0.send(:remove_method, :">="); rescue Exception; end
begin; v13 = v4.instance_variable_get(:@i2); rescue Exception; end
begin
  v4.send(:m4, v4, *v5, k0: 3) do |a0, a1|
    self
  end
rescue Exception
end
begin; v14 = v8.respond_to?(:m5, true); rescue Exception; end
begin
  v15 = v5.ceildiv(k0: 18.5) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class Integer
        begin; alias m0 ceildiv; rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; K0 = v8; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
GC.start
begin; v5 << 89; rescue Exception; end
begin; v16 = v5.sort(); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v17 = v1.respond_to?(:m1, true); rescue Exception; end
