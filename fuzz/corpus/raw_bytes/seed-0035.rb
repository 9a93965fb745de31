GC.start
begin; Object.instance_variable_set(:@k1, :y2); rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :each_with_object); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v1 = [v0, v0, v0]; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v2 = String(v0); rescue Exception; end
begin; v3 = self.m0(); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0, a1|
    begin; Integer.send(:alias_method, :m1, :i); rescue Exception; end
    begin; C0.send(:undef_method, :m2); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v4 = proc do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; v5 = Object.instance_variable_get(:@k2); rescue Exception; end
begin
  v6 = ->(a0, a1) do
    begin; v1 << v0; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v7 = [v0]; rescue Exception; end
GC.start
begin; v8 = Object.new(k0: 2); rescue Exception; end
begin
  v9 = proc do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; String.class_eval("begin; Object.class_variable_set(:@@k1, true); rescue Exception; end\nbegin\n  include Comparable\n  def <=>(o)\n    (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)\n  end\nrescue Exception\nend"); rescue Exception; end
GC.start
begin
  v10 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v11 = 16.5; rescue Exception; end
    begin
      v12 = proc do |a0, &blk|
        a0
      end
    rescue Exception
    end
    begin
      v11.send(:"&", v11) do
        begin; v13 = {:k0 => v12, :k1 => v11}; rescue Exception; end
        v12
      end
    rescue Exception
    end
    begin; alias m3 each_with_object; rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin; v14 = [8.5].include?(:y1); rescue Exception; end
    begin
      v15 = proc do
        v14
      end
    rescue Exception
    end
    begin
      begin
        begin; C1.send(:alias_method, :m3, :i); rescue Exception; end
        begin; v16 = true.m0(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v17 = 15.5.respond_to?(:m4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.class_variable_set(:@@k0, v3); rescue Exception; end
begin; Enumerable.send(:alias_method, :m5, :each_with_object); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0|
    begin
      v18 = lambda do
        v0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m0, :each_with_object); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v19 = :y5.respond_to?(:m6, true); rescue Exception; end
    begin; v20 = true; rescue Exception; end
  end
rescue Exception
end
begin
  v21 = ->(a0, &blk) do
    begin; v22 = v2.method(:m7); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v7.m8(v3, v6); rescue Exception; end
