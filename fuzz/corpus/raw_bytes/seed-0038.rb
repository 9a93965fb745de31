GC.start
begin
  Array.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    rest
  end
rescue Exception
end
begin; v0 = nil; rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C1 < Numeric
        begin; v2 = 26; rescue Exception; end
        begin; alias m0 anybits?; rescue Exception; end
        begin; v3 = v2.respond_to?(:m1); rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :tap); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v4 = C1.new(); rescue Exception; end
begin
  module M2
    begin; p 56; rescue Exception; end
    begin; v5 = C0.new(); rescue Exception; end
    begin
      v6 = Proc.new do |a0|
        begin
          class C3
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
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  begin
    begin; K0 = "s17"; rescue Exception; end
  rescue => e
    begin
      v4.singleton_class.send(:define_method, :m3) do |a0, &blk|
        begin
          2.times do |i|
            begin
              C3.send(:define_method, :m4) do |a0, a1|
                a1
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v7 = Integer(17); rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = :y3; rescue Exception; end
begin; v4.singleton_class.send(:undef_method, :m5); rescue Exception; end
begin; v1.superclass(1); rescue Exception; end
