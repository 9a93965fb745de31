begin; v0 = Object.new("s3", k0: 3); rescue Exception; end
begin; eval("begin\n  v1 = v0.m0(true) do |a0, *rest, p0|\n    rest\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v0.freeze; rescue Exception; end
begin; v2 = Object.new(v0, k0: 3); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :values_at); rescue Exception; end
begin; Object.send(:alias_method, :m0, :find_all); rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin; v4 = {:k0 => 43, :k1 => self}; rescue Exception; end
begin; v5 = Object.new(k0: self); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m1, :values_at); rescue Exception; end
begin
  v6 = Class.new(Object) do
    begin; Object.const_set(:K0, self); rescue Exception; end
    begin; :y1.casecmp(63); rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias m0 each_pair; rescue Exception; end
    begin; alias_method :m0, :m2; rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin
      module M2
        begin; alias_method :m3, :find_all; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v7 = ->(a0, *rest) do
        begin; v8 = Struct.new(:f0); rescue Exception; end
        80
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m1(a0)
    begin
      30.times do |i|
        begin; C0.send(:undef_method, :m4); rescue Exception; end
      end
    rescue Exception
    end
    17.5
  end
rescue Exception
end
begin; v9 = v0.singleton_class; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m0, :values_at); rescue Exception; end
begin
  3.times do |i|
    begin; v2.freeze; rescue Exception; end
  end
rescue Exception
end
begin
  v10 = lambda do
    begin
      class << v9
        begin; v11 = C1.new(); rescue Exception; end
        begin; v12 = 19.respond_to?(:m2, true); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v13 = C0.new(&v10); rescue Exception; end
begin; v14 = C0.instance_method(:m0); rescue Exception; end
