GC.start
begin; Object.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v0 = nil; rescue Exception; end
begin
  def m1()
    self
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  def v1.m2()
    begin
      begin
        begin; p true; rescue Exception; end
      rescue => e
        begin; Object.send(:prepend, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
    "s13"
  end
rescue Exception
end
begin
  v2 = Class.new(Hash) do
    begin
      def m3(a0, &blk)
        blk
      end
    rescue Exception
    end
    begin; v3 = C0.new(k0: 2); rescue Exception; end
    begin
      def m4(a0, &blk)
        begin; v4 = :y2.respond_to?(:overlap?); rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = lambda do |k0: 1, **kws|
    begin; 30.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    k0
  end
rescue Exception
end
begin; K0 = 12.5; rescue Exception; end
begin; v6 = nil; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v7 = C0.new(); rescue Exception; end
begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  v9 = v6.m7(v1, K0) do |a0, a1|
    begin; v8 = v2.instance_variable_get(:@i0); rescue Exception; end
    :y4
  end
rescue Exception
end
