GC.start
begin; v0 = 17.5.respond_to?(:m0, true); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v1 = [v0]; rescue Exception; end
begin; v2 = nil; rescue Exception; end
begin; v3 = v1.clone; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  Array.send(:define_method, :m1) do |k0: 1|
    begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
    begin; String.send(:alias_method, :m2, :select); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m3, :m1); rescue Exception; end
begin; v4 = v1.dup; rescue Exception; end
begin
  v5 = proc do |a0|
    begin
      Integer.send(:define_method, :m4) do |a0, *rest|
        rest
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i2, :y3); rescue Exception; end
begin; v3.singleton_class.send(:remove_method, :zip); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  class << v0
    begin
      def self.m1(k0: 1, **kws)
        begin; v6 = nil; rescue Exception; end
        begin; v7 = v6.respond_to?(:m5, true); rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; :y1.empty?(1); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m6, :m7); rescue Exception; end
begin; v8 = :y0.method(:m7); rescue Exception; end
begin; v9 = Object.new(nil); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  class << v8
    begin; String.class_eval("begin\n  Hash.send(:define_method, :m5) do\n    begin; v10 = Object.new(); rescue Exception; end\n    89\n  end\nrescue Exception\nend\nbegin\n  def m8(a0, a1)\n    begin; String.send(:alias_method, :m5, :select); rescue Exception; end\n    begin; Object.send(:alias_method, :m3, :zip); rescue Exception; end\n    a1\n  end\nrescue Exception\nend"); rescue Exception; end
    begin
      def self.m9(k0: 1)
        self
      end
    rescue Exception
    end
    begin
      Array.class_eval do
        begin; v11 = []; rescue Exception; end
        begin; v12 = :upcase; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = 1 + :y1; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m0, :select); rescue Exception; end
begin
  module M0
    begin; alias m10 select; rescue Exception; end
    begin; Enumerable.send(:alias_method, :m11, :zip); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v14 = Object.new(k0: 98); rescue Exception; end
    begin
      def v14.m11()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = [10.5, :y4]; rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
