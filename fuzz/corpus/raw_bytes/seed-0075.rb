GC.start
begin; v0 = 76.method(:m0); rescue Exception; end
begin; v1 = Numeric.instance_method(:m0); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; v2.freeze; rescue Exception; end
begin
  class << v1
    begin
      def m1(o0 = 0)
        o0
      end
    rescue Exception
    end
    begin; v3 = :y5.send(:length, k0: 7); rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m1) do
    begin
      v4 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        v1
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m2, :m3); rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin
  1.times do |i|
    begin
      v5 = lambda do |a0, a1|
        begin
          def v2.m1(a0, &blk)
            begin; v6 = "s4"; rescue Exception; end
            a0
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2.instance_eval do
    begin; v7 = v1.respond_to?(:m4); rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      v9 = v2.m5() do |a0, &blk|
        begin; v8 = Range.instance_method(:partition); rescue Exception; end
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = Object.new(32, v1); rescue Exception; end
begin; K0 = 49; rescue Exception; end
begin; C0.send(:undef_method, :m6); rescue Exception; end
begin; Array.send(:alias_method, :m7, :overlap?); rescue Exception; end
