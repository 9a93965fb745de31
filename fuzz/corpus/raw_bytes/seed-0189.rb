begin; raise RuntimeError, "x"; rescue Exception; end
begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      module M0
        begin
          def m0()
            6.5
          end
        rescue Exception
        end
        begin; 10.times { |i| proc { i } }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v0 = Object.new(); rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  v1 = ->(k0: 1) do
    k0
  end
rescue Exception
end
begin
  v2 = proc do |a0, a1|
    a1
  end
rescue Exception
end
begin
  class C1 < String
    begin
      v4 = Fiber.new do |x|
        begin; v3 = C1.new(); rescue Exception; end
        Fiber.yield(x)
        "s8"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Array
    begin; alias m1 :"-"; rescue Exception; end
  end
rescue Exception
end
begin; v5 = v2.to_proc; rescue Exception; end
begin
  v6 = v2.call() do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v1.freeze; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m2) do |k0: 1|
    v5
  end
rescue Exception
end
begin
  def v1.m3(k0: 1)
    begin; v7 = -1.5.send(:each, k0: 2); rescue Exception; end
    k0
  end
rescue Exception
end
GC.start
begin; p v6; rescue Exception; end
begin; v8 = v5.clone; rescue Exception; end
begin; v9 = true.m4(k0: :y0); rescue Exception; end
begin
  class << v9
    begin; v10 = 99.times(); rescue Exception; end
    begin; C1.send(:undef_method, :m2); rescue Exception; end
    begin; v11 = 51; rescue Exception; end
  end
rescue Exception
end
begin; v12 = 7; rescue Exception; end
begin
  v1.instance_eval do
    begin; p v5; rescue Exception; end
    begin
      v13 = Class.new(Object) do
        begin
          v14 = lambda do
            (2..2)
          end
        rescue Exception
        end
        begin; alias m2 each; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin
      v15 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = C2.new(v5, k0: 3); rescue Exception; end
begin
  v17 = Fiber.new do |x|
    begin; C1.send(:remove_method, :m0); rescue Exception; end
    Fiber.yield(x)
    30
  end
rescue Exception
end
begin; v18 = :y3.size(v2, k0: 3); rescue Exception; end
begin
  v19 = ->(a0, *rest) do
    rest
  end
rescue Exception
end
begin; C1.send(:alias_method, :m5, :each); rescue Exception; end
begin; v20 = v8.singleton_class; rescue Exception; end
begin
  def v19.m6()
    begin
      v21 = 17.public_send(:modulo, nil, k0: 3) do
        -0.5
      end
    rescue Exception
    end
    :y2
  end
rescue Exception
end
