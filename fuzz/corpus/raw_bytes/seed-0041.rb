begin
  Array.send(:define_method, :m0) do |o0 = 0|
    GC.start
    o0
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; v0 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v1 = 18.select(self, 57); rescue Exception; end
begin; v2 = Object.new(v1, true); rescue Exception; end
begin; Numeric.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v3 = v2.clone; rescue Exception; end
begin; v4 = :upcase; rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class << v5
    begin; v6 = Object.new(); rescue Exception; end
    begin
      class << v6
        begin; C0.send(:remove_method, :m2); rescue Exception; end
        begin
          def m3()
            begin; v7 = Object.new(12.5); rescue Exception; end
            begin; v8 = v7.singleton_class; rescue Exception; end
            10.5
          end
        rescue Exception
        end
        begin
          def m0(a0, *rest, p0)
            GC.start
            begin
              String.send(:define_method, :m0) do |a0, o0 = 0|
                :y0
              end
            rescue Exception
            end
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v9 = v6.m2(v6, true); rescue Exception; end
  end
rescue Exception
end
begin; v10 = 1; rescue Exception; end
begin
  v11 = ->() do
    begin; Object.send(:prepend, Comparable); rescue Exception; end
    (3..4)
  end
rescue Exception
end
begin; v3.singleton_class.send(:undef_method, :m0); rescue Exception; end
GC.start
GC.start
begin; v12 = [52, v4]; rescue Exception; end
begin
  v13 = Fiber.new do |x|
    begin; v12.singleton_class.send(:alias_method, :m4, :select); rescue Exception; end
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v14 = Object.new(k0: 2); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m4, :m5); rescue Exception; end
begin; v15 = nil; rescue Exception; end
begin; v16 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class << v13
    begin; eval("begin; Array.send(:alias_method, :m6, :select); rescue Exception; end\nbegin; v17 = Object.new(); rescue Exception; end"); rescue Exception; end
    begin
      v18 = Class.new(Object) do
        begin; v19 = nil.public_send(:m6); rescue Exception; end
        begin
          v20 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v21 = Struct.new(:f0, :f1); rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin
          v22 = proc do |a0, &blk|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class << v18
        GC.start
        begin; C0.send(:alias_method, :m7, :select); rescue Exception; end
        begin; v23 = Struct.new(:f0, :f1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m8, :select); rescue Exception; end
begin; v24 = C0.new(); rescue Exception; end
begin
  "s13".m9() do |o0 = 0|
    o0
  end
rescue Exception
end
begin; K0 = true; rescue Exception; end
GC.start
begin; v12 << v15; rescue Exception; end
begin; Range.class_eval("begin\n  def m4(a0, &blk)\n    3.5\n  end\nrescue Exception\nend\nbegin\n  def m10(o0 = 0)\n    begin; :y2.casecmp(1); rescue Exception; end\n    begin; C0.send(:prepend, Enumerable); rescue Exception; end\n    true\n  end\nrescue Exception\nend"); rescue Exception; end
