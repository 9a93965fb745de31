GC.start
begin
  class C0
    begin; alias m0 negative?; rescue Exception; end
    begin; Array.send(:alias_method, :m1, :between?); rescue Exception; end
    begin
      v0 = Class.new(String) do
        begin; v1 = nil.m1(15.5, k0: 3); rescue Exception; end
        begin
          module M2
            begin; C0.send(:alias_method, :m2, :between?); rescue Exception; end
          end
        rescue Exception
        end
        begin; alias m2 negative?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = lambda do |a0, a1|
    begin; v3 = C1.new(); rescue Exception; end
    begin
      v3.singleton_class.send(:define_method, :m0) do |k0: 1, **kws|
        begin; String.send(:alias_method, :m3, :negative?); rescue Exception; end
        k0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v4 = C1.instance_method(:negative?); rescue Exception; end
begin
  class C3 < C0
    begin
      def m3(k0: 1, **kws)
        begin; C0.send(:alias_method, :m3, :between?); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m4) do
        "s6"
      end
    rescue Exception
    end
    begin; C3.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m5, :"+@"); rescue Exception; end
begin
  class << v4
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      module M4
        begin; v5 = []; rescue Exception; end
        begin
          class << v5
            begin; String.send(:alias_method, :m4, :"+@"); rescue Exception; end
            begin; C1.send(:remove_method, :negative?); rescue Exception; end
            begin; Integer.send(:alias_method, :m2, :"+@"); rescue Exception; end
          end
        rescue Exception
        end
        begin; v6 = C3.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v4; rescue Exception; end
begin; v7 = v2.to_proc; rescue Exception; end
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; self.m6(11.5, k0: 3); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  v10 = v2.public_send(:call, nil, v2) do
    begin; v8 = v7.to_proc; rescue Exception; end
    begin; v9 = C0.new((0..5), self); rescue Exception; end
    self
  end
rescue Exception
end
begin
  self.m9(&v7) do
    v10
  end
rescue Exception
end
begin
  def v7.m10(a0, *rest, p0)
    34
  end
rescue Exception
end
begin; v11 = C1.new(); rescue Exception; end
begin; v12 = C1.new(); rescue Exception; end
begin; eval("begin\n  class << v2\n    begin; v13 = :y3.respond_to?(:m11); rescue Exception; end\n    begin; C0.send(:alias_method, :m5, :\"+@\"); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class << v12
    begin
      3.times do |i|
        GC.start
        begin; K0 = K0; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v14 = lambda do |k0: 1|
        begin; v15 = (2..7).respond_to?(:m2); rescue Exception; end
        9.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v16 = Class.new(C1) do
    begin
      def self.m11(k0: 1)
        begin; v17 = K0.method(:m3); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v18 = {}; rescue Exception; end
  end
rescue Exception
end
