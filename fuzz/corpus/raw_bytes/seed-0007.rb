begin; Hash.send(:alias_method, :m0, :downto); rescue Exception; end
begin; v0 = self.respond_to?(:m0, true); rescue Exception; end
begin; p v0; rescue Exception; end
begin; v1 = 76; rescue Exception; end
begin
  v2 = v1.floor(v0, v0) do |a0, *rest|
    begin
      class Integer
        begin; alias m1 to_int; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; self.send(:m2, v2); rescue Exception; end
begin; v3 = v0.respond_to?(:m3); rescue Exception; end
begin
  class C0 < String
    begin; v4 = [3.5]; rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v5 = v4.clone; rescue Exception; end
    begin; C0.send(:alias_method, :m4, :to_int); rescue Exception; end
  end
rescue Exception
end
begin; v6 = [10, 20, 30, 40][v0]; rescue Exception; end
begin; C0.send(:alias_method, :m4, :downto); rescue Exception; end
begin
  module M1
    begin
      v7 = Class.new(Object) do
        begin; 86.method(:to_int).call(); rescue Exception; end
        begin
          :y5.m3(:y1) do |o0 = 0|
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
            o0
          end
        rescue Exception
        end
        begin; v8 = "s13"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = C2.new(); rescue Exception; end
begin; v10 = C0.instance_variable_get(:@k1); rescue Exception; end
GC.start
begin; v9.instance_variable_set(:@i2, self); rescue Exception; end
begin; v11 = [[v9], [81]].flatten; rescue Exception; end
begin; v12 = Array(v2); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m5, :downto); rescue Exception; end
begin; v13 = Float(v6); rescue Exception; end
