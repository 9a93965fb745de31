GC.start
begin
  class C0 < Hash
    begin; K0 = 48; rescue Exception; end
    begin; v0 = {:k0 => nil}; rescue Exception; end
    begin
      v1 = Proc.new do |o0 = 0|
        begin
          def m0(k0: 1)
            begin; v2 = [nil]; rescue Exception; end
            (4..4)
          end
        rescue Exception
        end
        begin
          v3 = proc do |a0|
            begin; v4 = 1.5.send(:"|", a0, k0: 3); rescue Exception; end
            begin; v5 = C0.new(); rescue Exception; end
            a0
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = C0.new(); rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin
  v7 = Class.new(C0) do
    begin
      def self.m1(a0, a1)
        begin
          C1.send(:define_method, :m2) do |a0, &blk|
            begin; v8 = C1.instance_method(:m3); rescue Exception; end
            begin; v9 = (1..4); rescue Exception; end
            89
          end
        rescue Exception
        end
        "s10"
      end
    rescue Exception
    end
    begin
      class C2 < String
        begin
          class C3 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
            begin
              def self.m4(k0: 1)
                self
              end
            rescue Exception
            end
            begin; K1 = nil; rescue Exception; end
            begin; v10 = C0.new(); rescue Exception; end
          end
        rescue Exception
        end
        begin
          v11 = ->() do
            begin; v12 = nil == :y5; rescue Exception; end
            6.5
          end
        rescue Exception
        end
        begin; alias_method :m5, :m3; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.instance_eval("begin\n  v13 = Class.new(Hash) do\n    begin; C0.send(:undef_method, :m5); rescue Exception; end\n    begin; eval(\"begin; v14 = C3.instance_method(:clear); rescue Exception; end\"); rescue Exception; end\n    begin; Hash.send(:alias_method, :m6, :insert); rescue Exception; end\n    begin; C0.send(:remove_method, :clear); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  begin
    begin
      class C5 < C4
        begin; v15 = Object.new(k0: 7.5); rescue Exception; end
        begin
          C1.class_eval do
            begin; v16 = C3.instance_variable_get(:@k0); rescue Exception; end
          end
        rescue Exception
        end
        GC.start
        begin; v17 = [:y1, 14.5].uniq.size; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v6
        begin; v18 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; eval("begin\n  v19 = lambda do |a0, o0 = 0|\n    begin\n      v6.singleton_class.send(:define_method, :m0) do |a0, &blk|\n        o0\n      end\n    rescue Exception\n    end\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
  ensure
    begin
      1.times do |i|
        begin
          v20 = lambda do
            v7
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v7; rescue Exception; end
begin; v21 = nil; rescue Exception; end
begin
  v7.instance_eval do
  end
rescue Exception
end
begin
  v22 = Proc.new do |k0: 1|
    begin; raise TypeError, "x"; rescue Exception; end
    k0
  end
rescue Exception
end
begin
  class C6
    begin; v23 = :y5; rescue Exception; end
  end
rescue Exception
end
begin
  class C7 < StandardError
    begin; v24 = C6.new(); rescue Exception; end
    begin; p :y1; rescue Exception; end
    begin; alias_method :m4, :message; rescue Exception; end
  end
rescue Exception
end
begin; C4.class_variable_set(:@@k1, v6); rescue Exception; end
begin
  r3001 = 0
  begin
    begin; v25 = v6.respond_to?(:m7, true); rescue Exception; end
  rescue => e
    begin
      class C8 < Array
        begin; (3..5).member?((1..6)); rescue Exception; end
      end
    rescue Exception
    end
    r3001 += 1
    retry if r3001 < 2
  end
rescue Exception
end
begin
  class C9
    begin
      C0.send(:define_method, :m8) do
        self
      end
    rescue Exception
    end
    begin
      def m2()
        begin; v26 = [[1.5], [nil]].flatten; rescue Exception; end
        begin
          begin
            begin; v27 = Object.new(); rescue Exception; end
            begin; v28 = v26.respond_to?(:m0); rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    begin
      def m4(a0, o0 = 0)
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; C6.send(:alias_method, :m9, :insert); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class String
    begin; alias m9 clear; rescue Exception; end
  end
rescue Exception
end
begin
  v29 = ->(a0, *rest) do
    v7
  end
rescue Exception
end
begin
  class << v22
    begin
      def m1(a0)
        begin; String.send(:alias_method, :m10, :m11); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      def m4(k0: 1)
        k0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m6, :clear); rescue Exception; end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; p v22; rescue Exception; end
begin
  v30 = Fiber.new do |x|
    Fiber.yield(x)
    v21
  end
rescue Exception
end
