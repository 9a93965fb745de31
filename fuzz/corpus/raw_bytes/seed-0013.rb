begin
  v0 = proc do
    :y3
  end
rescue Exception
end
begin; v1 = Object.new(v0, v0); rescue Exception; end
begin; v2 = Integer.instance_method(:m0); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; v0.instance_variable_set(:@i2, "s4"); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = v0.respond_to?(:m0); rescue Exception; end
begin; v5 = v0.instance_variable_get(:@i3); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      module M1
        begin; K0 = K0; rescue Exception; end
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
