GC.start
begin; p (4..8); rescue Exception; end
begin; v0 = Numeric.instance_method(:m0); rescue Exception; end
begin; v1 = [self]; rescue Exception; end
begin
  v2 = proc do |a0, *rest, p0|
    v0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m1, :inspect); rescue Exception; end
begin
  10.times do |i|
    begin; v3 = v2.instance_variable_get(:@i0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; v4 = Object.new(true, "s2"); rescue Exception; end
    begin
      class << v4
        begin; v5 = String(self); rescue Exception; end
        begin; v6 = {:k0 => v5}; rescue Exception; end
        begin
          Array.class_eval do
            begin
              def m0(k0: 1, **kws)
                90
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v7 = Object.instance_variable_get(:@k2); rescue Exception; end
begin
  class C0 < Hash
    begin
      class Hash
        begin; alias_method :m1, :to_proc; rescue Exception; end
        begin; alias_method :m0, :to_proc; rescue Exception; end
      end
    rescue Exception
    end
    begin; Integer.send(:alias_method, :m2, :m3); rescue Exception; end
    begin
      def m4()
        begin; C0.send(:include, Comparable); rescue Exception; end
        begin; v8 = Struct.new(:f0); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v9 = []; rescue Exception; end
  end
rescue Exception
end
begin
  v1.singleton_class.send(:define_method, :m5) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      2.times do |i|
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin; v11 = C0.new(:y1); rescue Exception; end
begin; v12 = C0.instance_variable_get(:@k2); rescue Exception; end
begin; v13 = v2.instance_variable_get(:@i3); rescue Exception; end
begin
  class << v7
    begin
      v15 = Fiber.new do |x|
        begin; v14 = C0.new(); rescue Exception; end
        begin
          class Hash
            begin; alias m6 to_proc; rescue Exception; end
          end
        rescue Exception
        end
        Fiber.yield(x)
        2.5
      end
    rescue Exception
    end
    begin
      v16 = proc do |a0, a1|
        begin
          class << v15
            begin; v17 = [(3..5), (3..5), 86]; rescue Exception; end
          end
        rescue Exception
        end
        v15
      end
    rescue Exception
    end
  end
rescue Exception
end
