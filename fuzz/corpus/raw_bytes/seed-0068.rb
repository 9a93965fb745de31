GC.start
begin
  Integer.send(:define_method, :m0) do |a0|
    begin
      Integer.send(:define_method, :m1) do
        self
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m2, :inject); rescue Exception; end
begin
  v0 = lambda do |a0, *rest, p0|
    begin
      String.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; self.send(:m0); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; p 79; rescue Exception; end
    p0
  end
rescue Exception
end
begin
  v1 = proc do
    begin; Integer.send(:define_method, :m1, v0); rescue Exception; end
    (1..4)
  end
rescue Exception
end
GC.start
begin; v2 = [v1, self, v0]; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m1, :m0); rescue Exception; end
begin
  class << v0
    begin
      v3 = 14.5.truncate(94, :y0) do |o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = Object.new(k0: :y2); rescue Exception; end
begin
  v1.instance_eval do
    begin; v5 = v4.m3(); rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new((0..2), v4); rescue Exception; end
begin; v7 = v0.respond_to?(:m1); rescue Exception; end
begin; v8 = 26; rescue Exception; end
begin; v9 = (0..5); rescue Exception; end
begin
  class << v6
    begin; v10 = Object.new(); rescue Exception; end
    begin
      v11 = ->(o0 = 0) do
        begin; v12 = v10.dup; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; String.send(:alias_method, :m4, :inject); rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :rstrip); rescue Exception; end
begin; Object.send(:define_method, :m5, v1); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m6(a0, *rest, p0)
        p0
      end
    rescue Exception
    end
    begin; v13 = 13.5.method(:inject); rescue Exception; end
    begin; v14 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:define_method, :m2, v1); rescue Exception; end
