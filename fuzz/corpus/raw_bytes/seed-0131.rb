begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin
  def m0()
    GC.start
    nil
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :">="); rescue Exception; end
begin; v0 = {:k0 => 48}; rescue Exception; end
begin; v1 = (0..2); rescue Exception; end
begin
  class C0
    begin; alias m0 :">="; rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin
  class << v0
    begin
      String.send(:define_method, :m1) do |a0|
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias m1 m0; rescue Exception; end
  end
rescue Exception
end
begin; v3 = 12.5.respond_to?(:m2); rescue Exception; end
begin
  Integer.send(:define_method, :m3) do |a0, &blk|
    begin; 30.times { |i| v0[i] = [i] }; rescue Exception; end
    v2
  end
rescue Exception
end
begin; v4 = v2.new(); rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
GC.start
begin; K0 = v4; rescue Exception; end
GC.start
