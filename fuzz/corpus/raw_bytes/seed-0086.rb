GC.start
begin; v0 = nil.respond_to?(:m0); rescue Exception; end
begin; v1 = String(v0); rescue Exception; end
begin
  module M0
    begin; alias_method :m0, :m1; rescue Exception; end
    begin; Integer.send(:alias_method, :m2, :m3); rescue Exception; end
  end
rescue Exception
end
begin; v2 = v1.method(:upto); rescue Exception; end
begin
  v3 = proc do
    begin
      Numeric.send(:define_method, :m4) do |a0|
        begin
          class << v0
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              def m5(a0, o0 = 0)
                nil
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  v4 = Proc.new do
    begin
      class << v0
        begin; alias_method :m6, :insert; rescue Exception; end
        begin; alias_method :m7, :upto; rescue Exception; end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v5 = v4.singleton_class; rescue Exception; end
begin; v6 = Integer("s13"); rescue Exception; end
begin; Object.class_variable_set(:@@k2, v1); rescue Exception; end
begin; v7 = v5.upto(1); rescue Exception; end
begin; M0.send(:remove_method, :insert); rescue Exception; end
begin; v5.send(:alias_method, :m8, :insert); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin
      class << v0
        begin; v8 = Object.new(:y2, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    26
  end
rescue Exception
end
