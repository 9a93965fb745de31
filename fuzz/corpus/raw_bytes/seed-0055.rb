begin
  def m0(k0: 1)
    begin; p true; rescue Exception; end
    true
  end
rescue Exception
end
begin
  class C0 < Exception
    begin; C0.extend(Comparable); rescue Exception; end
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
    begin
      v0 = (0..4).m1("s19", k0: 3) do
        begin; p true; rescue Exception; end
        17.5
      end
    rescue Exception
    end
    begin
      def m0()
        begin; v1 = C0.new(k0: 2); rescue Exception; end
        (0..1)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; p 71; rescue Exception; end
begin
  class Range
    begin; alias m1 max; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = 77.digits(10.5, "s13") do
    14.5
  end
rescue Exception
end
begin
  v2.m2(v2) do |a0|
    begin; v3 = true; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = -2.respond_to?(:m2); rescue Exception; end
begin; v5 = [v2, -0.5]; rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v6 = Object.new(nil); rescue Exception; end
