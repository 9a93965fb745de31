begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin; Numeric.send(:alias_method, :m0, :update); rescue Exception; end
begin; p nil; rescue Exception; end
begin
  v0 = Class.new(Object) do
    begin; v1 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; :y5.upcase(v0, k0: 3); rescue Exception; end
begin; v2 = C0.new(16, 84); rescue Exception; end
begin
  class << v2
    begin; v3 = [nil]; rescue Exception; end
    begin; C0.class_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; 30.times { |i| v3 << i.to_s }; rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m1, :each; rescue Exception; end
  end
rescue Exception
end
begin
  v5 = :y4.downcase() do |a0, &blk|
    begin
      class << v2
        begin; v4 = {:k0 => 60, :k1 => :y4}; rescue Exception; end
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin; v6 = v0.singleton_class; rescue Exception; end
begin; v7 = v6.singleton_class; rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v8 = C0.new(); rescue Exception; end
begin; v9 = C0.new(); rescue Exception; end
begin
  v10 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; p 87; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :update); rescue Exception; end
begin; v11 = v9.each("s12", v0); rescue Exception; end
begin; p (1..2); rescue Exception; end
begin
  v12 = proc do |k0: 1, **kws|
    v0
  end
rescue Exception
end
begin
  class << v5
    begin; nil.public_send(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v13 = v10.initialize(&v12); rescue Exception; end
begin
  class C2
    begin
      def m4()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin; C1.send(:remove_method, :each); rescue Exception; end
    begin; p 72; rescue Exception; end
  end
rescue Exception
end
begin
  class C4 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C2.send(:define_method, :m5) do |a0, *rest|
        begin; alias_method :m6, :update; rescue Exception; end
        4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = v6.instance_method(:update); rescue Exception; end
begin; v15 = "abc" + v5; rescue Exception; end
begin; C1.send(:undef_method, :m7); rescue Exception; end
GC.start
