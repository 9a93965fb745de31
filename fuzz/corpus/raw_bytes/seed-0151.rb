GC.start
begin
  v0 = Fiber.new do |x|
    begin; 10.times { |i| { i => i } }; rescue Exception; end
    Fiber.yield(x)
    "s13"
  end
rescue Exception
end
GC.start
begin
  class C0
    begin; 300.times { |i| Object.new }; rescue Exception; end
    begin
      v1 = proc do |a0, a1|
        begin; v2 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v1.singleton_class.send(:undef_method, :m0); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m1, :find_index); rescue Exception; end
begin
  class Struct
    begin; alias_method :m2, :each; rescue Exception; end
    begin; alias_method :m2, :gsub!; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      v3 = proc do |a0, *rest, p0|
        self
      end
    rescue Exception
    end
  rescue => e
    begin
      class C1 < C0
        begin; C1.send(:remove_method, :m2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = v0.respond_to?(:m3); rescue Exception; end
begin; v4.send(:m3, true, v4); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = -1.5.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m3, :each); rescue Exception; end
begin; p v4; rescue Exception; end
begin; C2.extend(Enumerable); rescue Exception; end
begin; v6 = Struct.new(:f0); rescue Exception; end
begin; v7 = []; rescue Exception; end
begin
  class << v0
    begin
      module M3
        begin; v8 = C0.new(); rescue Exception; end
        begin; alias_method :m4, :m5; rescue Exception; end
        begin; 100.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
    begin; p 79; rescue Exception; end
  end
rescue Exception
end
begin
  module M4
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v9 = lambda do
        begin; Enumerable.send(:alias_method, :m6, :find_index); rescue Exception; end
        40
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = lambda do |o0 = 0|
    begin
      v6.send(:define_method, :m7) do |k0: 1, **kws|
        begin; v11 = v6.new(); rescue Exception; end
        begin; v7 << v0; rescue Exception; end
        k0
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
GC.start
begin; p v0; rescue Exception; end
begin; p v0; rescue Exception; end
begin; v12 = v10.singleton_class; rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class << v6
        begin; v13 = C0.new("s1"); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = lambda do |a0, &blk|
    begin; v15 = v6.clone; rescue Exception; end
    GC.start
    a0
  end
rescue Exception
end
