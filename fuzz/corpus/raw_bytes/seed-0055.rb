GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin
  class << v0
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v2 = e.respond_to?(:m0, true); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin; v3 = (0..3).respond_to?(:m0, true); rescue Exception; end
    begin; v4 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v5 = Integer.instance_method(:each); rescue Exception; end
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin
  class C0 < Hash
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
      class C1
        begin; alias_method :m0, :m0; rescue Exception; end
        begin
          def self.m2(a0, *rest, p0)
            begin; v6 = {}; rescue Exception; end
            (4..5)
          end
        rescue Exception
        end
        GC.start
        begin
          C0.send(:define_method, :m0) do |a0|
            -0.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :step); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.instance_variable_get(:@i2); rescue Exception; end
begin; v8 = v1.respond_to?(:m3); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  v7.m0(:y3) do
    begin; C1.send(:include, Enumerable); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  class Struct
    begin; alias m4 select; rescue Exception; end
    begin; alias_method :m5, :select; rescue Exception; end
  end
rescue Exception
end
begin; v9 = 66; rescue Exception; end
begin
  class C2 < Numeric
    begin; alias_method :m5, :nobits?; rescue Exception; end
    begin
      Array.send(:define_method, :m1) do
        :y3
      end
    rescue Exception
    end
    begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
  end
rescue Exception
end
