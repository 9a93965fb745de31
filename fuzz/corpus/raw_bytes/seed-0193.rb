GC.start
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; Numeric.send(:alias_method, :m0, :message); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v0 = 43.respond_to?(:m1); rescue Exception; end
begin; v1 = Numeric.instance_method(:append); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; Range.send(:alias_method, :m1, :append); rescue Exception; end
begin; v2 = :y5.respond_to?(:m0); rescue Exception; end
begin; v3 = v1.bind("s13"); rescue Exception; end
begin
  class << v0
    begin; v4 = Integer.instance_method(:m1); rescue Exception; end
    begin
      v5 = ->(k0: 1) do
        begin; v6 = {:k0 => v4}; rescue Exception; end
        k0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin; C0.send(:alias_method, :m0, :m2); rescue Exception; end
    begin; v7 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v8 = "s15"; rescue Exception; end
begin; K0 = (0..0); rescue Exception; end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
