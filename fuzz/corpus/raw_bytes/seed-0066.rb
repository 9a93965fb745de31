GC.start
begin
  Object.send(:define_method, :m0) do |a0, *rest, p0|
    true
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v0 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = (2..3); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v3 = nil.respond_to?(:m0); rescue Exception; end
begin; v4 = v0 == v1; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v5 = [:y4].include?((3..8)); rescue Exception; end
    begin; C0.send(:alias_method, :m3, :message); rescue Exception; end
    begin; alias m3 abs; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:remove_method, :message); rescue Exception; end
begin
  1.times do |i|
    begin; p v0; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v6 = ["s10", v4, "s10"].sort { |x, y| y <=> x }; rescue Exception; end
begin
  5.times do |i|
    begin
      30.times do |i|
        begin
          C0.send(:define_method, :m3) do |a0, &blk|
            blk
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k0, v4); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m4) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  class << v6
    begin; v7 = 17.5; rescue Exception; end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k2, v1); rescue Exception; end
begin
  def v1.m5(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v8 = Integer(1); rescue Exception; end
    :y4
  end
rescue Exception
end
begin; v9 = v3.method(:message); rescue Exception; end
begin; eval("begin\n  class C1 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; p nil; rescue Exception; end\n    begin\n      def m6(k0: 1, **kws)\n        kws\n      end\n    rescue Exception\n    end\n    begin; v10 = Object.new(nil); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v11 = C1.instance_variable_get(:@k1); rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
begin
  class << v12
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    begin; v13 = [(2..5)]; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m7); rescue Exception; end
begin; v14 = {:k0 => v6}; rescue Exception; end
