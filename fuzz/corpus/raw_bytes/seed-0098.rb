GC.start
begin; Array.send(:alias_method, :m0, :open); rescue Exception; end
begin; self.send(:">="); rescue Exception; end
begin
  r1 = 0
  begin
    GC.start
    begin
      v0 = ->(k0: 1, **kws) do
        begin; v1 = Object.new((1..6), 60); rescue Exception; end
        (3..5)
      end
    rescue Exception
    end
  rescue => e
    begin; raise ArgumentError, "x"; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin
          v2 = proc do |a0|
            begin; v3 = Struct.new(:f0); rescue Exception; end
            :y5
          end
        rescue Exception
        end
        begin
          class << v2
            begin; v4 = {:k0 => nil}; rescue Exception; end
          end
        rescue Exception
        end
        begin; v5 = v2.dup; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; C0.send(:alias_method, :m1, :">="); rescue Exception; end
  rescue => e
    begin; v6 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = C0.new("s5", k0: 3); rescue Exception; end
begin; C0.class_eval("begin\n  class C1 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; v8 = C0.new(); rescue Exception; end\n    begin\n      class C2\n        begin\n          Object.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|\n            10.5\n          end\n        rescue Exception\n        end\n        begin; C0.send(:alias_method, :m1, :\">=\"); rescue Exception; end\n      end\n    rescue Exception\n    end\n    begin; v8.singleton_class.send(:remove_method, :m0); rescue Exception; end\n    begin\n      r1002 = 0\n      begin\n        begin; alias m0 allbits?; rescue Exception; end\n        begin; C0.extend(Comparable); rescue Exception; end\n        begin; raise ArgumentError, \"r\"; rescue Exception; end\n      rescue => e\n        r1002 += 1\n        retry if r1002 < 2\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend\nGC.start"); rescue Exception; end
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
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
