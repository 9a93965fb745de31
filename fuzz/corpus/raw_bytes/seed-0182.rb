GC.start
begin; C0.send(:undef_method, :to_a); rescue Exception; end
begin
  class C0
    begin; v0 = C0.new(); rescue Exception; end
    begin
      v1 = self.send(:to_a, 57) do
        begin
          def m0(k0: 1, **kws)
            begin; C0.send(:alias_method, :m1, :to_a); rescue Exception; end
            kws
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = true; rescue Exception; end
begin; v2 = Hash.instance_method(:m2); rescue Exception; end
begin
  v3 = Fiber.new do |x|
    begin
      class << v2
        begin; self.send(:include, Comparable); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :to_a); rescue Exception; end
begin; v4 = C0.new(v3, v3); rescue Exception; end
begin
  class << v3
    begin; v5 = "s18".to_a(1); rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin
      class Range
        begin; alias m3 to_a; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v3
    begin
      C0.class_eval do
        begin; Numeric.extend(M1); rescue Exception; end
        begin
          module M2
            begin; v6 = C0.new(); rescue Exception; end
            begin
              def m4(a0, *rest)
                :y4
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:include, M2); rescue Exception; end
    begin; C0.class_eval("begin\n  10.times do |i|\n    begin; v7 = 6.5; rescue Exception; end\n  end\nrescue Exception\nend\nbegin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn0\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn0\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m0, :to_a); rescue Exception; end
GC.start
begin; v8 = v2.bind(v2); rescue Exception; end
begin
  class << v8
    begin; p :y1; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m5); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
