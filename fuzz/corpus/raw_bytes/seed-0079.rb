begin; v0 = {}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :transpose); rescue Exception; end
begin; v1 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin
  class << v1
    begin; alias_method :m0, :">"; rescue Exception; end
    begin
      def m0(a0, o0 = 0, *rest, k0: 1, &blk)
        k0
      end
    rescue Exception
    end
    begin; self.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  module M0
    begin; p "s0"; rescue Exception; end
    begin; v2 = Object.new(true, (2..6)); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = Class.new(Object) do
    begin
      def self.m0()
        begin
          v4 = ->() do
            GC.start
            "s3"
          end
        rescue Exception
        end
        :y3
      end
    rescue Exception
    end
    begin; v5 = C1.new(k0: "s19"); rescue Exception; end
    begin; v5.singleton_class.send(:alias_method, :m1, :reject!); rescue Exception; end
    begin; alias_method :m2, :reject!; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v6 = C1.new(k0: 2); rescue Exception; end
    begin
      class << v6
        begin; raise ArgumentError, "x"; rescue Exception; end
        begin
          def m0(a0, a1)
            begin; v7 = C1.new(); rescue Exception; end
            begin; v8 = Object.new(); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v9 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v6.instance_eval do
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = {:k0 => 16.5}; rescue Exception; end
begin
  v11 = proc do
    begin
      v12 = Class.new(StandardError) do
        begin; v13 = 77.method(:__coerce_step_counter).call(k0: true); rescue Exception; end
        begin
          def m3(o0 = 0)
            begin; C2.send(:undef_method, :m4); rescue Exception; end
            self
          end
        rescue Exception
        end
        begin; v14 = C1.new(); rescue Exception; end
        begin
          class << v13
            begin; Object.send(:alias_method, :m4, :">"); rescue Exception; end
            begin
              def m1()
                (1..4)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v15 = Proc.new do
        v0
      end
    rescue Exception
    end
    v10
  end
rescue Exception
end
begin; v11.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v16 = Struct.new(:f0); rescue Exception; end
