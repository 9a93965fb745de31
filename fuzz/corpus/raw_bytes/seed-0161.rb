GC.start
begin; v0 = "s8".method(:m0); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; Range.send(:alias_method, :m1, :m2); rescue Exception; end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = (2..4).send(:member?, k0: v1); rescue Exception; end
begin
  begin
    begin
      Range.class_eval do
        begin
          r1 = 0
          begin
            begin; v4 = :y2.respond_to?(:m3, true); rescue Exception; end
          rescue => e
            begin
              def m2(k0: 1)
                "s11"
              end
            rescue Exception
            end
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
        begin
          v6 = nil.public_send(:m2, v0, k0: 3) do |o0 = 0|
            begin; v5 = Object.new(1); rescue Exception; end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    begin
      v2.instance_eval do
        begin
          Array.send(:define_method, :m4) do |k0: 1, **kws|
            begin; 100.times { |i| [i, i] }; rescue Exception; end
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v7 = String(v3); rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :to_s); rescue Exception; end
begin; v8 = v0.method(:m3); rescue Exception; end
begin
  Array.send(:define_method, :m5) do |o0 = 0|
    begin; v1.singleton_class.send(:alias_method, :m4, :to_s); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v9 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; v10 = v2.dup; rescue Exception; end
begin; Range.send(:alias_method, :m6, :to_s); rescue Exception; end
begin; v11 = v1.singleton_class; rescue Exception; end
begin; v12 = v11.new(); rescue Exception; end
begin
  begin
    begin; v12.singleton_class.send(:alias_method, :m4, :downto); rescue Exception; end
    begin
      v13 = ->(a0, &blk) do
        a0
      end
    rescue Exception
    end
  rescue => e
    begin
      v11.send(:define_method, :m7) do |a0, o0 = 0, *rest, k0: 1, &blk|
        GC.start
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11.send(:alias_method, :m8, :m9); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
begin
  class C0
    begin; alias_method :m7, :to_s; rescue Exception; end
    begin; v14 = String(self); rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin
      r2 = 0
      begin
        begin
          def m3()
            begin
              C0.send(:define_method, :m11) do |k0: 1, **kws|
                k0
              end
            rescue Exception
            end
            nil
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r2 += 1
        retry if r2 < 2
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; alias_method :m6, :m3; rescue Exception; end
  end
rescue Exception
end
begin; v15 = 53 == 10; rescue Exception; end
