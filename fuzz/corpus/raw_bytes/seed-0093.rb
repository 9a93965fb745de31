GC.start
begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  v1 = 10.5.inspect(1) do
    begin; v0 = Object.new(); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  v2 = lambda do |a0, *rest|
    a0
  end
rescue Exception
end
begin
  begin
    begin; v3 = v2.singleton_class; rescue Exception; end
  rescue => e
  ensure
    begin; Array.send(:alias_method, :m0, :keep_if); rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      def m1(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v4 = 15.respond_to?(:m2); rescue Exception; end
        begin; v5 = Object.new(); rescue Exception; end
        35
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin; Integer.send(:define_method, :m3, v2); rescue Exception; end
begin
  Numeric.send(:define_method, :m4) do
    begin; 30.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    true
  end
rescue Exception
end
begin
  Array.class_eval do
    begin; p v6; rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m5, :printf); rescue Exception; end
begin
  def m5(a0, &blk)
    begin; v7 = Object.new(k0: 2); rescue Exception; end
    GC.start
    nil
  end
rescue Exception
end
begin
  v8 = Class.new(String) do
    begin
      C0.class_eval do
        begin; Object.const_set(:K0, 11.5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v1.public_send(:m3, v2, v2); rescue Exception; end
begin; v10 = C0.new(&v2); rescue Exception; end
begin
  class C1 < String
    begin; p 86; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = lambda do
    v9
  end
rescue Exception
end
begin; Range.send(:alias_method, :m0, :printf); rescue Exception; end
