GC.start
begin; v0 = [7.5]; rescue Exception; end
begin; v1 = v0.respond_to?(:message); rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; v1.public_send(:m0, *v0); rescue Exception; end
begin; v0 << v2; rescue Exception; end
begin
  Numeric.send(:define_method, :m1) do
    v1
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      v3 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v4 = {}; rescue Exception; end
        begin
          def v4.m2(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; C0.send(:alias_method, :m2, :succ); rescue Exception; end
            rest
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  class C1
    begin; p true; rescue Exception; end
    begin; v5 = C1.new(); rescue Exception; end
    begin; K0 = v5; rescue Exception; end
  end
rescue Exception
end
begin; v2.send(:succ, (2..3), *v0, k0: 3); rescue Exception; end
begin
  class Exception
    begin; alias m3 message; rescue Exception; end
    begin; alias_method :m4, :succ; rescue Exception; end
  end
rescue Exception
end
begin; p 53; rescue Exception; end
GC.start
begin
  v6 = proc do |k0: 1|
    begin
      v7 = -1.5.succ() do |a0, o0 = 0, *rest, k0: 1, &blk|
        true
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin
  99.send(:">>", v2, *v0, k0: 3) do |a0, *rest|
    begin; v8 = Object.new(); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; C0.extend(Enumerable); rescue Exception; end
begin
  class << v6
    begin; C1.send(:remove_method, :m7); rescue Exception; end
    begin; C0.send(:undef_method, :m4); rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v1); rescue Exception; end
begin; v6.singleton_class.send(:define_method, :m8, v6); rescue Exception; end
GC.start
begin; v9 = String(v0); rescue Exception; end
