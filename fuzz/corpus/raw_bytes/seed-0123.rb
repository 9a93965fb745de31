begin; ($stash ||= []).concat(Array.new(12) { |j| Object.new }); rescue Exception; end
GC.start
begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  Hash.send(:define_method, :m2) do |a0, o0 = 0|
    begin; Numeric.send(:alias_method, :m1, :m1); rescue Exception; end
    18.5
  end
rescue Exception
end
begin; v0 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  class << v0
    begin
      Range.send(:define_method, :m2) do
        begin
          v1 = (1..2).send(:m3, k0: self) do
            -0.5
          end
        rescue Exception
        end
        15.5
      end
    rescue Exception
    end
    begin
      def self.m4(a0)
        begin; Array.extend(Enumerable); rescue Exception; end
        7.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin; v2 = Object.instance_method(:m1); rescue Exception; end
begin
  class C0 < Hash
    begin
      Integer.send(:define_method, :m5) do |o0 = 0|
        begin; alias m6 flatten; rescue Exception; end
        begin; C0.send(:alias_method, :m7, :"!~"); rescue Exception; end
        (2..2)
      end
    rescue Exception
    end
    begin
      def m7(a0)
        begin; v3 = "s5"; rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k2, v0); rescue Exception; end
begin
  class << v2
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
    begin
      begin
        begin
          module M1
            begin; v4 = C0.new(k0: 87); rescue Exception; end
            begin; v5 = 80.method(:eql?); rescue Exception; end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = {:k0 => v0, :k1 => v0}; rescue Exception; end
begin
  C0.send(:define_method, :m5) do
    begin; v7 = {:k0 => v2, :k1 => 70}; rescue Exception; end
    begin
      class C2 < C0
        begin; K0 = 93; rescue Exception; end
        begin; v8 = 29; rescue Exception; end
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          ensure
            begin; (2..7).inspect(); rescue Exception; end
          end
        rescue Exception
        end
        begin
          module M3
            begin
              def m8(a0, o0 = 0)
                o0
              end
            rescue Exception
            end
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    "s17"
  end
rescue Exception
end
begin; v2.m9(v0, self); rescue Exception; end
begin
  v9 = proc do |o0 = 0|
    begin; v6.singleton_class.send(:alias_method, :m0, :m10); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  v10 = Class.new(C0) do
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; v11 = nil.respond_to?(:m6, true); rescue Exception; end
    begin
      v12 = Fiber.new do |x|
        begin; C0.send(:remove_method, :grep); rescue Exception; end
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
        Fiber.yield(x)
        v11
      end
    rescue Exception
    end
    begin
      v13 = Class.new(StandardError) do
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v14 = C4.new(); rescue Exception; end
        begin; v15 = C4.instance_method(:eql?); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; self.eql?(); rescue Exception; end
begin; C5.send(:alias_method, :m11, :m11); rescue Exception; end
begin; v16 = Array.instance_method(:eql?); rescue Exception; end
begin; v9.instance_variable_set(:@i1, K0); rescue Exception; end
GC.start
