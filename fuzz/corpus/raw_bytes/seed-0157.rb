begin; v0 = Object.new(); rescue Exception; end
begin; 2.5.send(:"<", v0, (4..9)); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0|
    begin; v1 = Numeric.instance_method(:m1); rescue Exception; end
    begin; v2 = Object.new(); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class << v0
    begin; v3 = 5.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      v4 = proc do |a0|
        :y4
      end
    rescue Exception
    end
    begin
      def m1(a0, a1)
        begin; Object.const_set(:K0, 99); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; Numeric.send(:alias_method, :m1, :each_pair); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v5 = self.method(:m2).call(v0); rescue Exception; end
GC.start
begin
  class C0 < StandardError
    begin; alias_method :m3, :each_pair; rescue Exception; end
    begin; alias_method :m4, :each_pair; rescue Exception; end
    begin
      v6 = proc do |a0, a1|
        begin; v7 = (4..5).cover?(k0: K0); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < String
    begin; v8 = Object.new(); rescue Exception; end
    begin; v8.instance_eval(""); rescue Exception; end
    begin
      class << v8
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin
              C0.send(:define_method, :m5) do |a0, &blk|
                a0
              end
            rescue Exception
            end
            begin
              def m6(a0, o0 = 0, *rest, k0: 1, &blk)
                :y2
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; K1 = 44; rescue Exception; end
        begin; Hash.extend(Enumerable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = Proc.new do |a0, o0 = 0|
    begin
      class << v5
        begin; v10 = C1.new(k0: 2); rescue Exception; end
      end
    rescue Exception
    end
    25
  end
rescue Exception
end
begin
  v9.method(:m0).call(v9) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; C1.send(:alias_method, :m0, :each_pair); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v11 = v0.singleton_class; rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  def v11.m1(a0, a1)
    nil
  end
rescue Exception
end
begin; C0.class_eval("begin\n  class << v11\n    begin\n      v12 = ->(o0 = 0) do\n        begin\n          def m3(a0, *rest, p0)\n            a0\n          end\n        rescue Exception\n        end\n        \"s16\"\n      end\n    rescue Exception\n    end\n    begin\n      class << v12\n        GC.start\n        begin; v13 = C0.new(); rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend\nbegin; self.send(:m7, &v9); rescue Exception; end"); rescue Exception; end
begin
  Integer.send(:define_method, :m8) do
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
GC.start
GC.start
