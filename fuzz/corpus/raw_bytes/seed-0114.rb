GC.start
begin; K0 = "s15"; rescue Exception; end
begin; v0 = (3..7).respond_to?(:m0, true); rescue Exception; end
begin
  v1 = proc do
    begin
      module M0
        begin; v2 = 65.sub("s3"); rescue Exception; end
        begin
          v4 = Fiber.new do |x|
            begin; Array.send(:alias_method, :m1, :m0); rescue Exception; end
            begin; v3 = x.method(:nonzero?); rescue Exception; end
            Fiber.yield(x)
            23
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class << v0
        begin
          module M1
            begin
              def m2()
                77
              end
            rescue Exception
            end
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; alias m2 nonzero?; rescue Exception; end
        begin; eval("begin; v5 = Object.instance_method(:sub); rescue Exception; end\nbegin; v6 = v5.nonzero?(k0: v5); rescue Exception; end"); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
