begin
  class String
    begin; alias m0 each_char; rescue Exception; end
  end
rescue Exception
end
begin; v0 = (1..1).respond_to?(:m1); rescue Exception; end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin; v1 = "s15".send(:"[]=", 1); rescue Exception; end
begin; v2 = Object.new(self, v1); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
GC.start
begin; v4 = (v0..v1).include?(v0); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; v5 = Numeric.instance_method(:m3); rescue Exception; end
begin; v6 = v4.respond_to?(:m4, true); rescue Exception; end
begin
  v7 = Fiber.new do |x|
    begin; v5.send(:each_char, v2); rescue Exception; end
    begin
      2.times do |i|
      end
    rescue Exception
    end
    Fiber.yield(x)
    v5
  end
rescue Exception
end
begin
  begin
    begin; Numeric.send(:define_method, :m5, v5); rescue Exception; end
    begin; v8 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v9 = v3.clone; rescue Exception; end
begin; v10 = {:k0 => 15.5, :k1 => v4}; rescue Exception; end
begin; v3.instance_eval(""); rescue Exception; end
begin
  v10.singleton_class.send(:define_method, :m6) do |a0, o0 = 0|
    begin; v10.singleton_class.send(:alias_method, :m7, :upto); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v11 = :upcase; rescue Exception; end
begin; p (1..4); rescue Exception; end
begin
  class C0 < Hash
    begin; v12 = { 5.5 => 1, -1.5 => 2 }[5.5]; rescue Exception; end
    begin; eval(""); rescue Exception; end
    begin
      v13 = proc do |a0|
        a0
      end
    rescue Exception
    end
    begin; v14 = C0.class_variable_get(:@@k2); rescue Exception; end
  end
rescue Exception
end
