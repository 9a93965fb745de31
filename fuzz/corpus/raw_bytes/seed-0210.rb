GC.start
begin; v0 = Object.new(k0: true); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :to_proc); rescue Exception; end
begin
  Integer.class_eval do
    begin; alias_method :m0, :to_a; rescue Exception; end
    begin; v1 = v0.respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Range.instance_method(:m1); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      module M0
        begin; alias_method :m2, :ceildiv; rescue Exception; end
        begin; v3 = Object.new(); rescue Exception; end
        begin; v3.singleton_class.send(:alias_method, :m1, :m3); rescue Exception; end
      end
    rescue Exception
    end
    begin; p v2; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v0.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
    begin
      def m0(a0, a1)
        begin
          v4 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; Object.const_set(:K0, 3.5); rescue Exception; end
            true
          end
        rescue Exception
        end
        "s8"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.extend(M0); rescue Exception; end
begin; v5 = v2.bind(v0); rescue Exception; end
begin; v6 = true; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = {}; rescue Exception; end
begin; p v5; rescue Exception; end
begin
  class C1 < StandardError
    begin; v9 = 51; rescue Exception; end
    begin
      class C2
        begin; M0.send(:remove_method, :m0); rescue Exception; end
        begin; v10 = {:k0 => (3..4)}; rescue Exception; end
        begin
          class C3 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v11 = (2..3).to_proc(18.5, 12.5); rescue Exception; end
            begin; v12 = C3.new(); rescue Exception; end
            begin; v13 = C3.instance_method(:m5); rescue Exception; end
          end
        rescue Exception
        end
        begin
          def m5(a0, o0 = 0, *rest, k0: 1, &blk)
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m6(a0)
        nil
      end
    rescue Exception
    end
    begin
      class Hash
        begin; alias_method :m5, :to_proc; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = ->(a0, a1) do
    a0
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v16 = Struct.new(:f0, :f1, :f2); rescue Exception; end
GC.start
begin; v16.send(:define_method, :m4, v14); rescue Exception; end
begin; Range.send(:alias_method, :m3, :ceildiv); rescue Exception; end
