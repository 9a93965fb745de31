begin
  v1 = Fiber.new do |x|
    begin; nil.send(:m0, "s17", nil); rescue Exception; end
    begin; v0 = Object.instance_method(:instance_variable_set); rescue Exception; end
    Fiber.yield(x)
    (1..1)
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :instance_variable_set); rescue Exception; end
begin
  :y2.send(:to_s, 1) do |a0, a1|
    begin
      v2 = proc do |a0, o0 = 0|
        begin
          module M0
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            GC.start
            begin; v3 = self.m0(1); rescue Exception; end
          end
        rescue Exception
        end
        begin; v4 = Object.new(); rescue Exception; end
        v1
      end
    rescue Exception
    end
    begin; v5 = "abc" + v2; rescue Exception; end
    a0
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; v7 = Object.new(k0: v6); rescue Exception; end
begin
  class << v1
    begin; v8 = true.respond_to?(:m2); rescue Exception; end
    begin
      class << v8
        begin; self.send(:prepend, M0); rescue Exception; end
        begin
          String.send(:define_method, :m2) do |a0, &blk|
            blk
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; Object.instance_variable_set(:@k1, v8); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do |a0, &blk|
    v7
  end
rescue Exception
end
begin; Array.class_eval("begin\n  class << v9\n    begin; self.send(:include, M0); rescue Exception; end\n    begin; v10 = Object.new(); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  def m3()
    begin; Object.const_set(:K0, "s19"); rescue Exception; end
    true
  end
rescue Exception
end
begin; v11 = Object.new(v7, 92); rescue Exception; end
begin; M0.send(:remove_method, :dig); rescue Exception; end
begin
  def v11.m4(a0, o0 = 0)
    nil
  end
rescue Exception
end
begin; v12 = Float(nil); rescue Exception; end
begin; v9.singleton_class.send(:define_method, :m5, v9); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; 100.times { |i| v11.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin
  v11.m4(v6, v12) do |o0 = 0|
    begin
      v13 = v11.send(:m6, k0: 2) do |a0, *rest, p0|
        a0
      end
    rescue Exception
    end
    begin; Object.send(:include, M0); rescue Exception; end
    v6
  end
rescue Exception
end
begin; v11.singleton_class.send(:alias_method, :m7, :instance_variable_set); rescue Exception; end
begin; v9.freeze; rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin
  v14 = Proc.new do |a0, &blk|
    GC.start
    begin; v15 = Object.new(1); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v16 = [14.5, 2]; rescue Exception; end
  end
rescue Exception
end
begin; p v7; rescue Exception; end
begin
  v17 = lambda do |a0, *rest|
    begin; v7.freeze; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v11.singleton_class.send(:define_method, :m3) do |a0, &blk|
    begin; v18 = C1.new(k0: 2); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v19 = Class.new(C1) do
    begin; C1.send(:alias_method, :m8, :dig); rescue Exception; end
  end
rescue Exception
end
