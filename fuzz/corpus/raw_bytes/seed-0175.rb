GC.start
GC.start
begin
  r1 = 0
  begin
  rescue => e
    begin; Array.send(:alias_method, :m0, :product); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, *rest|
    rest
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :m0); rescue Exception; end
begin
  v0.m0(1) do |a0, o0 = 0|
    begin
      class << v0
        GC.start
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  def m1(a0, a1)
    nil
  end
rescue Exception
end
begin
  class C0
    begin; v1 = C0.new(); rescue Exception; end
    begin
      v2 = proc do |a0, o0 = 0|
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v1.instance_variable_set(:@i2, self); rescue Exception; end
    begin
      def m1(a0)
        begin; v3 = C0.new(self); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = self.m1(k0: 2) do |k0: 1, **kws|
    begin
      C0.send(:define_method, :m2) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v4 = C0.instance_method(:gsub!); rescue Exception; end
    kws
  end
rescue Exception
end
begin
  v6 = proc do
    begin
      C0.send(:define_method, :m1) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; 10.times { |i| [i, i] }; rescue Exception; end
    v0
  end
rescue Exception
end
begin
  v7 = Class.new(String) do
    begin
      3.times do |i|
        begin; Enumerable.send(:alias_method, :m3, :each_slice); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = C0.instance_method(:each_slice); rescue Exception; end
  end
rescue Exception
end
begin; v9 = {}; rescue Exception; end
begin
  v10 = Class.new(C1) do
    begin; v11 = true.product(1); rescue Exception; end
  end
rescue Exception
end
begin; v12 = true.respond_to?(:m3); rescue Exception; end
begin; v13 = v9.clone; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; p "s13"; rescue Exception; end
begin; v14 = nil.respond_to?(:m4); rescue Exception; end
begin; 8.times { |i| v9[i] = [i] }; rescue Exception; end
begin; C2.send(:define_method, :m2, v6); rescue Exception; end
