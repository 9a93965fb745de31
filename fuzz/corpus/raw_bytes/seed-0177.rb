begin; v0 = {}; rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  v1 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v2 = {:k0 => blk, :k1 => "s18"}; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v1.instance_eval("begin\n  class C0\n    begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end\n    begin; v3 = Object.new(1); rescue Exception; end\n    begin; v4 = Struct.new(:f0, :f1); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v5 = v0.respond_to?(:m0, true); rescue Exception; end
begin
  v0.instance_eval do
    begin; v6 = v1.public_send(:call, &v1); rescue Exception; end
    begin
      class << v5
        begin
          v7 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; C0.send(:remove_method, :message); rescue Exception; end
            begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
            rest
          end
        rescue Exception
        end
        begin; C0.send(:define_method, :m0, v7); rescue Exception; end
        begin; 10.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Exception
    begin; alias_method :m0, :message; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :divmod); rescue Exception; end
GC.start
begin; v9 = C0.new(); rescue Exception; end
begin; "s17".message(**v0); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :message); rescue Exception; end
begin; v10 = Struct.new(:f0); rescue Exception; end
begin; v9.m2(true, k0: 3); rescue Exception; end
begin
  v11 = lambda do |o0 = 0|
    v5
  end
rescue Exception
end
begin; K0 = "s15"; rescue Exception; end
begin
  class << v1
    begin; alias_method :m0, :m1; rescue Exception; end
    begin; v12 = :y4.to_s(true, k0: 3); rescue Exception; end
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v13 = :y0.respond_to?(:m0, true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v11; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  class << v1
    begin
      v14 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          def m3(o0 = 0)
            begin
              C1.send(:define_method, :m4) do |a0|
                a0
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
            (1..3)
          end
        rescue Exception
        end
        begin; v15 = nil; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
    begin; String.send(:alias_method, :m2, :message); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v16 = Object.new(); rescue Exception; end
    begin
      1.times do |i|
        begin; C0.send(:alias_method, :m4, :divmod); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m7(a0, a1)
        begin
          def m1(a0, a1)
            begin; v17 = C0.new(1); rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; v18 = true; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Integer.class_eval do
    begin; alias_method :m8, :message; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < C0
    begin
      v19 = ->() do
        68
      end
    rescue Exception
    end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin
      class << v19
        begin; C1.send(:alias_method, :m1, :divmod); rescue Exception; end
      end
    rescue Exception
    end
    begin; v19.instance_variable_set(:@i3, true); rescue Exception; end
  end
rescue Exception
end
