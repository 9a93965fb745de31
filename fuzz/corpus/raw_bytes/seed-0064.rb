begin; ($stash ||= []).concat(Array.new(11) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  Object.send(:define_method, :m0) do |a0, *rest, p0|
    true
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v0 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; v1 = 66; rescue Exception; end
begin; v2 = v1.public_send(:"==", v1, v0); rescue Exception; end
begin; v3 = [v1].include?(nil); rescue Exception; end
begin
  class Exception
    begin; alias m2 message; rescue Exception; end
    begin; alias_method :m3, :reduce; rescue Exception; end
  end
rescue Exception
end
begin; v4 = [v3, :y4]; rescue Exception; end
GC.start
begin
  class C0 < String
    begin; C0.send(:alias_method, :m4, :message); rescue Exception; end
    begin; alias m4 codepoints; rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
    begin; v5 = [nil, 15.5].max; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
begin; Numeric.send(:alias_method, :m6, :message); rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin
  v6 = proc do |a0, a1|
    begin
      v3.m7(v3, v0) do |a0, a1|
        a0
      end
    rescue Exception
    end
    begin
      v7 = Fiber.new do |x|
        Fiber.yield(x)
        13.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v8 = C0.class_variable_get(:@@k0); rescue Exception; end
begin
  begin
    begin
      v9 = ->(a0) do
        begin; C0.class_variable_set(:@@k1, a0); rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :reduce); rescue Exception; end
  rescue => e
    begin; Enumerable.send(:alias_method, :m8, :reduce); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v4.clone; rescue Exception; end
begin
  begin
  rescue => e
  ensure
    begin; 21.send(:"&", *v4); rescue Exception; end
    begin; v11 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v4 << i.to_s }; rescue Exception; end
begin; K0 = v6; rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
begin; v13 = v4.respond_to?(:m9); rescue Exception; end
begin; p v13; rescue Exception; end
begin
  v14 = v8.m10() do
    begin; v2.message(k0: 57); rescue Exception; end
    K0
  end
rescue Exception
end
begin
  v10.send(:"+", k0: 2) do |a0|
    begin; v15 = C0.new(); rescue Exception; end
    a0
  end
rescue Exception
end
