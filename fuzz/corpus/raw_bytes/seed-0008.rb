begin; p (1..2); rescue Exception; end
begin; v0 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; Range.send(:alias_method, :m0, :message); rescue Exception; end
begin; v1 = v0.respond_to?(:m1); rescue Exception; end
begin; v2 = true; rescue Exception; end
begin; Object.instance_variable_set(:@k2, 0); rescue Exception; end
begin; v3 = Object.new(1); rescue Exception; end
begin
  v4 = ->(k0: 1) do
    v0
  end
rescue Exception
end
begin; M0.send(:undef_method, :m2); rescue Exception; end
begin
  class String
    begin; alias m1 bytes; rescue Exception; end
  end
rescue Exception
end
begin; v3.instance_variable_set(:@i1, v1); rescue Exception; end
begin
  class << v0
    begin
      :y1.public_send(:upcase, "s8", true) do
        begin
          def self.m3(a0, o0 = 0)
            begin; v5 = (1..2).begin(1); rescue Exception; end
            a0
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    begin; 36.public_send(:remainder, k0: K0); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v6 = {:k0 => "s15"}; rescue Exception; end
begin; v7 = ["s19", 18.5, v3]; rescue Exception; end
begin
  module M0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v8 = Object.new(); rescue Exception; end
    begin
      v10 = Fiber.new do |x|
        begin; v9 = Struct.new(:f0); rescue Exception; end
        Fiber.yield(x)
        v8
      end
    rescue Exception
    end
  end
rescue Exception
end
