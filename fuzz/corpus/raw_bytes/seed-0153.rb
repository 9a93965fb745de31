GC.start
begin; v0 = Object.new(nil, 18.5); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
begin; K0 = (2..7); rescue Exception; end
begin
  module M0
    begin
      begin
        begin; Object.send(:alias_method, :m0, :m0); rescue Exception; end
        begin
          v1 = Class.new(Hash) do
            begin; v2 = 1 + "s18"; rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = v0.public_send(:m1); rescue Exception; end
begin
  C1.send(:define_method, :m2) do
    begin
      class C2 < Exception
        begin; alias_method :m3, :message; rescue Exception; end
        begin; v4 = C1.instance_method(:m4); rescue Exception; end
      end
    rescue Exception
    end
    begin; v0.instance_variable_set(:@i2, v0); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v5 = Class.new(Object) do
    begin; alias_method :m5, :m6; rescue Exception; end
    begin; v6 = [:y5, :y1].max; rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m1, :">="); rescue Exception; end
begin
  v7 = v3.m7() do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v8 = v0.respond_to?(:m0); rescue Exception; end
begin; C2.send(:remove_method, :">="); rescue Exception; end
begin
  class C4
    begin; v9 = []; rescue Exception; end
    begin
      class C5 < String
        begin
          module M6
            begin
              def m6(a0, a1)
                a1
              end
            rescue Exception
            end
            begin; v10 = C1.new((2..4)); rescue Exception; end
            begin
              def m8(o0 = 0)
                true
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          v11 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
            begin; 100.times { |i| "x" * 8 }; rescue Exception; end
            begin; C4.send(:undef_method, :m9); rescue Exception; end
            (0..1)
          end
        rescue Exception
        end
        begin; v12 = nil; rescue Exception; end
        begin
          class << v11
            begin
              def m10(a0, *rest)
                rest
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
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v13 = nil; rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m1, :m11); rescue Exception; end
begin; v14 = 2.5.method(:">="); rescue Exception; end
begin
  class << v0
    begin
      def m9(a0, *rest, p0)
        true
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin; v15 = true == 43; rescue Exception; end
  end
rescue Exception
end
begin; C3.send(:define_method, :m1, v14); rescue Exception; end
