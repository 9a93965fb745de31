begin; nil.m0(82, k0: 3); rescue Exception; end
begin
  class String
    begin; alias m0 prepend; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v0.instance_variable_set(:@i2, v0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :">"); rescue Exception; end
begin
  def v0.m1(a0, a1)
    a1
  end
rescue Exception
end
begin; v1 = Object.new(k0: 2); rescue Exception; end
begin; v0.public_send(:m0); rescue Exception; end
begin
  def m1(a0)
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; p 22; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v2 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; v3 = (v0..v1).include?(v0); rescue Exception; end
begin; v4 = v1.m2(k0: v0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :">"); rescue Exception; end
GC.start
begin
  v1.singleton_class.send(:define_method, :m4) do
    begin; Array.class_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend\nbegin; v5 = {:k0 => v0}; rescue Exception; end"); rescue Exception; end
    begin
      v0.singleton_class.send(:define_method, :m5) do
        v3
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin
  def m1(a0, o0 = 0, *rest, k0: 1, &blk)
    77
  end
rescue Exception
end
begin; p "s8"; rescue Exception; end
begin; v0.instance_variable_set(:@i3, v1); rescue Exception; end
begin; v6 = v0.m6(k0: 2); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v7 = Object.new((3..4), v4); rescue Exception; end
begin
  v8 = lambda do |a0, a1|
    a0
  end
rescue Exception
end
begin; C0.send(:undef_method, :m7); rescue Exception; end
begin
  def v7.m8(a0, *rest)
    1
  end
rescue Exception
end
begin; C0.send(:undef_method, :prepend); rescue Exception; end
begin
  class C0
    begin; Object.send(:alias_method, :m3, :m3); rescue Exception; end
    begin
      def m9(k0: 1, **kws)
        begin; v9 = C0.new(1); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      v10 = proc do
        "s19"
      end
    rescue Exception
    end
    begin; v11 = {:k0 => nil}; rescue Exception; end
  end
rescue Exception
end
begin
  v12 = Class.new(Object) do
    begin
      v13 = Proc.new do |a0, &blk|
        blk
      end
    rescue Exception
    end
    begin; v14 = C1.new(); rescue Exception; end
    begin
      class String
        begin; alias m10 prepend; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = v0.instance_variable_get(:@i3); rescue Exception; end
