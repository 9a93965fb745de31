GC.start
begin; K0 = 21; rescue Exception; end
begin
  v0 = lambda do |a0, *rest, p0|
    7
  end
rescue Exception
end
begin
  v1 = ->(k0: 1) do
    begin
      class << v0
        begin
          class C0
            begin
              def m0(k0: 1)
                94
              end
            rescue Exception
            end
            begin; v2 = nil.send(:m1); rescue Exception; end
            begin
              def m0()
                7.5
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; alias m1 dig; rescue Exception; end
        begin; Range.send(:alias_method, :m0, :between?); rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin; v3 = C0.new(); rescue Exception; end
begin
  v4 = lambda do
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          def self.m0()
            begin; C0.send(:remove_method, :m2); rescue Exception; end
            K0
          end
        rescue Exception
        end
        begin
          v5 = Fiber.new do |x|
            begin; 10.times { |i| Object.new }; rescue Exception; end
            begin; C1.extend(Enumerable); rescue Exception; end
            Fiber.yield(x)
            "s6"
          end
        rescue Exception
        end
        begin; v6 = (1..4); rescue Exception; end
        begin
          def m3(a0, a1)
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; v7 = v1.clone; rescue Exception; end
begin; v8 = v7.call(); rescue Exception; end
begin; v7.instance_eval("begin\n  def v3.m1()\n    7.5\n  end\nrescue Exception\nend\nbegin; v3.singleton_class.send(:alias_method, :m4, :between?); rescue Exception; end"); rescue Exception; end
begin; v9 = String(:y0); rescue Exception; end
begin
  class << v7
    begin; p 94; rescue Exception; end
    begin; v10 = Object.new(K0, "s2"); rescue Exception; end
    begin
      class << v10
        begin
          begin
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          ensure
            begin; v11 = C1.new(); rescue Exception; end
            begin; v11.singleton_class.send(:alias_method, :m5, :between?); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C2 < Hash
            begin; C1.class_variable_set(:@@k2, 17.5); rescue Exception; end
            begin; v12 = nil.respond_to?(:m4); rescue Exception; end
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
  v13 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v14 = Fiber.new do |x|
        GC.start
        GC.start
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    begin
      class << v14
        begin
          def m6(a0, o0 = 0)
            begin; p :y3; rescue Exception; end
            begin; v15 = 9.5.method(:"/").call(); rescue Exception; end
            (1..1)
          end
        rescue Exception
        end
        begin; v16 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin
      Integer.send(:define_method, :m7) do |a0, a1|
        begin
          3.times do |i|
            begin; v17 = {:k0 => v14, :k1 => i}; rescue Exception; end
            begin; v18 = (3..5); rescue Exception; end
          end
        rescue Exception
        end
        :y1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C4 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v19 = 62.respond_to?(:m8); rescue Exception; end
    begin; v20 = String(v19); rescue Exception; end
  end
rescue Exception
end
begin; v21 = v13.clone; rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; C2.class_variable_set(:@@k2, K0); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
