GC.start
GC.start
begin; v0 = [["s0"], [true]].flatten; rescue Exception; end
begin; v1 = {:k0 => -0.5}; rescue Exception; end
begin; Integer.extend(Enumerable); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; v1.instance_eval("begin; p v1; rescue Exception; end\nbegin; K0 = v1; rescue Exception; end"); rescue Exception; end
begin
  class C0 < Numeric
    begin; v2 = C0.new(K0, 15.5); rescue Exception; end
    begin
      class << v2
        begin; v3 = C0.class_variable_get(:@@k2); rescue Exception; end
        begin; v4 = 36; rescue Exception; end
        begin; 300.times { |i| [i, i] }; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v2
        GC.start
        begin; v5 = {:k0 => 2}; rescue Exception; end
        begin; raise TypeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; C0.instance_variable_set(:@k1, v1); rescue Exception; end
begin
  def v1.m0(k0: 1)
    k0
  end
rescue Exception
end
begin; v6 = v1.clone; rescue Exception; end
begin
  C0.send(:define_method, :m1) do
    begin
      2.times do |i|
        begin
          def m0(o0 = 0)
            begin; C0.send(:alias_method, :m1, :m0); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; v7 = 1 + i; rescue Exception; end
      end
    rescue Exception
    end
    v6
  end
rescue Exception
end
begin; v8 = v0.m0(31); rescue Exception; end
begin; v9 = :y1; rescue Exception; end
begin
  class << v8
    begin; eval("begin\n  v10 = 79.send(:\"~\", 1) do\n    14.5\n  end\nrescue Exception\nend\nbegin\n  true.m2() do\n    begin; v11 = v10.public_send(:m3); rescue Exception; end\n    nil\n  end\nrescue Exception\nend"); rescue Exception; end
    begin
      def m0(a0)
        "s6"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9.send(:m4, 1); rescue Exception; end
begin
  v12 = v1.size(v1) do |a0, &blk|
    begin
      class Range
        begin; alias_method :m0, :entries; rescue Exception; end
        begin; alias_method :m5, :yield_self; rescue Exception; end
      end
    rescue Exception
    end
    begin; v6.singleton_class.send(:alias_method, :m6, :m5); rescue Exception; end
    K0
  end
rescue Exception
end
begin
  v13 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v14 = C0.new(k0: K0); rescue Exception; end
  end
rescue Exception
end
begin
  v16 = Fiber.new do |x|
    begin
      v6.singleton_class.send(:define_method, :m4) do
        x
      end
    rescue Exception
    end
    begin; v15 = v9.to_proc; rescue Exception; end
    Fiber.yield(x)
    v9
  end
rescue Exception
end
begin; v17 = v13.respond_to?(:bsearch_index); rescue Exception; end
begin
  class << v16
    begin; v18 = (0..0).respond_to?(:m4, true); rescue Exception; end
    begin; v19 = Object.new(); rescue Exception; end
    begin; 30.times { |i| v19.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  def v6.m7(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v20 = 43; rescue Exception; end
    (3..7)
  end
rescue Exception
end
begin
  class << v8
    begin; v21 = true.m1(k0: 2); rescue Exception; end
  end
rescue Exception
end
