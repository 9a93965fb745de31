GC.start
begin
  class C0 < String
    begin; v0 = "s11"; rescue Exception; end
    begin; alias m0 codepoints; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; eval("begin; v1 = self.send(:m1, :y0); rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
begin; v2 = C0.new(1); rescue Exception; end
begin
  v3 = lambda do |a0, a1|
    a0
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m1, :">="); rescue Exception; end
begin
  class << v3
    begin
      v4 = proc do
        true
      end
    rescue Exception
    end
    begin; v5 = 15; rescue Exception; end
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v6 = {}; rescue Exception; end
GC.start
begin; v7 = "s5"; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin
  def v6.m3(o0 = 0)
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    o0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m3, :">="); rescue Exception; end
begin; v6[nil] = v3; rescue Exception; end
begin; v8 = v3.lambda?(v7); rescue Exception; end
