GC.start
begin; v0 = []; rescue Exception; end
begin
  def m0(a0)
    a0
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
GC.start
begin; v1 = true; rescue Exception; end
begin; v2 = self.m0(); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  Object.send(:define_method, :m3) do |a0, &blk|
    begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    blk
  end
rescue Exception
end
begin; 30.times { |i| v0 << i.to_s }; rescue Exception; end
begin; v3 = {:k0 => v0, :k1 => :y2}; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  v5 = lambda do
    v0
  end
rescue Exception
end
begin; Integer.send(:define_method, :m4, v5); rescue Exception; end
begin
  class << v3
    begin; v6 = true.method(:between?); rescue Exception; end
    begin; K0 = v6; rescue Exception; end
    begin
      v7 = ->(a0, a1) do
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = 15.5; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  module M0
    begin; v9 = Object.new(); rescue Exception; end
    begin
      class << v9
        begin; v10 = :y1; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v11 = Object.new(*v0); rescue Exception; end
begin
  class << v3
    begin; v12 = :y1.respond_to?(:m3, true); rescue Exception; end
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
begin; v13 = Array.instance_method(:between?); rescue Exception; end
begin; Object.send(:alias_method, :m0, :between?); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m7, :message); rescue Exception; end
begin; v14 = v4.singleton_class; rescue Exception; end
begin; v15 = {:k0 => v8, :k1 => v3}; rescue Exception; end
begin; p v2; rescue Exception; end
begin; v16 = v14.new(); rescue Exception; end
