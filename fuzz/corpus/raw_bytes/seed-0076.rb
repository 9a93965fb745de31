begin; v0 = Object.new(:y1, k0: 3); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v1 = 5.5; rescue Exception; end
begin
  class Numeric
    begin; alias m0 allbits?; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :allbits?); rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin
  def v2.m2()
    47
  end
rescue Exception
end
begin; v3 = self.respond_to?(:m3); rescue Exception; end
begin; p v2; rescue Exception; end
begin
  class Hash
    begin; alias m4 delete; rescue Exception; end
  end
rescue Exception
end
begin
  class Hash
    begin; alias_method :m5, :delete; rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m4) do |a0|
    a0
  end
rescue Exception
end
begin
  v4 = Class.new(Array) do
    begin; C0.instance_variable_set(:@k0, (3..6)); rescue Exception; end
    begin; v5 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin; C0.send(:alias_method, :m2, :allbits?); rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  v7 = v4.subclasses() do
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    v2
  end
rescue Exception
end
begin
  class C1 < C0
    begin; p true; rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; alias_method :m5, :allbits?; rescue Exception; end
  end
rescue Exception
end
begin; v8 = [v0, v2].max; rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin
  def v0.m3(a0, a1)
    begin; v10 = []; rescue Exception; end
    a0
  end
rescue Exception
end
