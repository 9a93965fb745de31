GC.start
begin
  String.send(:define_method, :m0) do
    begin; v0 = Hash.instance_method(:m1); rescue Exception; end
    "s6"
  end
rescue Exception
end
begin
  5.times do |i|
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  class C0 < Exception
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    begin; C0.send(:remove_method, :m3); rescue Exception; end
    begin; v1 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v2 = C0.new(true, :y1); rescue Exception; end
begin; v3 = C0.new(); rescue Exception; end
begin
  class << v2
    begin
      def m2(o0 = 0)
        begin; v4 = {:k0 => 44, :k1 => 83}; rescue Exception; end
        (3..4)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = nil; rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v6 = C0.new((3..5), true); rescue Exception; end
    begin; v7 = v6.clone; rescue Exception; end
    begin
      v7.singleton_class.send(:define_method, :m1) do |a0, *rest, p0|
        begin; v8 = v6.dup; rescue Exception; end
        true
      end
    rescue Exception
    end
    begin
      v9 = self.m3(v6, k0: 3) do
        v6
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
GC.start
GC.start
