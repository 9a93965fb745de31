GC.start
begin
  Integer.send(:define_method, :m0) do |a0, *rest, p0|
    begin; p (0..4); rescue Exception; end
    p0
  end
rescue Exception
end
begin; v0 = Hash.instance_method(:nobits?); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :values_at); rescue Exception; end
begin; Object.class_eval("begin\n  v1 = ->(a0, *rest) do\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  module M0
    begin; v2 = true.m1(); rescue Exception; end
    begin; Hash.send(:alias_method, :m2, :nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; Hash.send(:alias_method, :m3, :values_at); rescue Exception; end
begin; v4 = [15.5].include?(v0); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  5.times do |i|
    begin; v5 = Object.new(1); rescue Exception; end
    begin; M0.send(:undef_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin; Range.send(:alias_method, :m3, :m4); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; eval("begin\n  module M1\n    begin; alias_method :m3, :nobits?; rescue Exception; end\n    begin; v7 = Object.new(k0: 2); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v6); rescue Exception; end
begin; "s11".each_byte(v3, v0); rescue Exception; end
begin; Object.send(:include, M0); rescue Exception; end
begin; v8 = v0.method(:m5); rescue Exception; end
begin
  class Numeric
    begin; alias m6 nobits?; rescue Exception; end
    begin; alias_method :m7, :values_at; rescue Exception; end
  end
rescue Exception
end
begin
  class Numeric
    begin; alias_method :m8, :nobits?; rescue Exception; end
  end
rescue Exception
end
begin
  Hash.class_eval do
    begin
      class Numeric
        begin; alias m5 nobits?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
