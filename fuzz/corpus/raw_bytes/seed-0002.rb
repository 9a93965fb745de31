GC.start
begin; Object.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v0 = Object.new(k0: self); rescue Exception; end
begin; v1 = v0.method(:m1).call(); rescue Exception; end
begin; v2 = v1.respond_to?(:m2); rescue Exception; end
begin; Object.instance_variable_set(:@k1, nil); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :min_by); rescue Exception; end
begin; v3 = v0.singleton_class; rescue Exception; end
begin
  def m4()
    begin
      Object.send(:define_method, :m4) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; p 51; rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      String.send(:define_method, :m5) do |a0|
        begin; v4 = true.send(:m4, :y1); rescue Exception; end
        "s12"
      end
    rescue Exception
    end
    (3..3)
  end
rescue Exception
end
GC.start
begin
  v5 = proc do |a0, &blk|
    begin
      class << v1
        GC.start
      end
    rescue Exception
    end
    begin; K0 = a0; rescue Exception; end
    blk
  end
rescue Exception
end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v2
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v1.respond_to?(:message); rescue Exception; end
begin
  10.times do |i|
    begin; v7 = [true, K0, v3]; rescue Exception; end
  end
rescue Exception
end
begin
  v8 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    GC.start
    v0
  end
rescue Exception
end
