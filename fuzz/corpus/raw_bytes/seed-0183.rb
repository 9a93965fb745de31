begin
  class C0 < Hash
    begin; v0 = C0.new(); rescue Exception; end
    begin
      class << v0
        begin; C0.send(:alias_method, :m0, :transform_keys); rescue Exception; end
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
    begin
      def m1(a0, a1)
        GC.start
        begin
          begin
          rescue => e
          end
        rescue Exception
        end
        35
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m1) do
    begin; p :y4; rescue Exception; end
    (3..8)
  end
rescue Exception
end
begin; v1 = 38; rescue Exception; end
begin; v2 = 77.respond_to?(:m2); rescue Exception; end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v3 = [10, 20, 30, 40]["s18"]; rescue Exception; end
begin; K0 = v3; rescue Exception; end
begin; v4 = C0.class_variable_get(:@@k0); rescue Exception; end
begin; v5 = 76; rescue Exception; end
begin
  class Hash
    begin; alias m3 transform_keys; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v6 = Object.new(-1.5, 91); rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin; v7 = 28.method(:zero?); rescue Exception; end
    begin; v8 = 0.5.respond_to?(:m4); rescue Exception; end
    begin; K1 = v7; rescue Exception; end
    begin
      class << v8
        begin; v9 = C0.instance_variable_get(:@k1); rescue Exception; end
        begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
        begin
          module M2
            begin; v10 = 10.5; rescue Exception; end
            begin
              def self.m7()
                1
              end
            rescue Exception
            end
            begin; v11 = []; rescue Exception; end
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
  class << v2
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
  end
rescue Exception
end
begin; K2 = v2; rescue Exception; end
begin; p K1; rescue Exception; end
begin; v12 = Integer.instance_method(:m6); rescue Exception; end
begin
  v13 = proc do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin; v14 = [v1]; rescue Exception; end
begin; p v1; rescue Exception; end
GC.start
begin; v15 = C0.new(); rescue Exception; end
begin
  class << v4
    begin; C1.send(:remove_method, :reject!); rescue Exception; end
    begin; v16 = [0, nil, true]; rescue Exception; end
    begin; K3 = 11; rescue Exception; end
  end
rescue Exception
end
