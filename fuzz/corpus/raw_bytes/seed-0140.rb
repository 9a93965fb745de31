GC.start
begin; v0 = nil.method(:m0); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = v0.call(k0: 2); rescue Exception; end
begin
  class << v2
    begin
      def m0()
        begin; 300.times { |i| proc { i } }; rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.instance_eval("begin\n  begin\n    begin; raise ArgumentError, \"r\"; rescue Exception; end\n  rescue => e\n    begin; v1.public_send(:m1, v0, k0: 3); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v3 = Object.new(v2, k0: 3); rescue Exception; end
GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; Array.class_eval("begin; 30.times { |i| v1.instance_variable_set(:\"@g\#{i}\", i) }; rescue Exception; end\nbegin; K0 = v1; rescue Exception; end"); rescue Exception; end
begin
  class << v1
    begin
      v4 = proc do |a0, *rest|
        begin
          v5 = proc do
            begin; v6 = :y4.public_send(:to_proc, 3.5); rescue Exception; end
            62
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
    begin; v4.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
    begin
      v7 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          def m3(a0, o0 = 0, *rest, k0: 1, &blk)
            (2..3)
          end
        rescue Exception
        end
        begin; v8 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
