begin; v0 = Object.new(1); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v2 = lambda do |a0|
    begin; C0.send(:undef_method, :m0); rescue Exception; end
    begin; v3 = :upcase; rescue Exception; end
    v0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v4 = Object.new(k0: 0.5); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v5 = v1.new(); rescue Exception; end
begin; Range.send(:alias_method, :m2, :inject); rescue Exception; end
begin; Object.extend(Enumerable); rescue Exception; end
begin; Object.send(:alias_method, :m3, :m4); rescue Exception; end
begin; v6 = v1.singleton_class; rescue Exception; end
begin; Integer.send(:alias_method, :m5, :m6); rescue Exception; end
GC.start
begin
  class C0
    begin
      class C1 < String
        begin
          v7 = proc do
            true
          end
        rescue Exception
        end
        begin; Object.send(:alias_method, :m7, :downto); rescue Exception; end
        begin
          def m8(o0 = 0)
            o0
          end
        rescue Exception
        end
        begin
          v7.call(38) do
            begin; v8 = nil; rescue Exception; end
            v7
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v9 = Struct.new(:f0); rescue Exception; end
    begin; v9.singleton_class.send(:alias_method, :m9, :step); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v4.m5(); rescue Exception; end
begin
  v11 = lambda do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  class Integer
    begin; alias m10 step; rescue Exception; end
  end
rescue Exception
end
begin; v6.send(:alias_method, :m11, :inject); rescue Exception; end
begin
  class << v11
    begin; p (4..6); rescue Exception; end
    begin; C0.send(:alias_method, :m11, :m8); rescue Exception; end
    begin; self.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; p v2; rescue Exception; end
begin
  v12 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; p :y4; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m1, :downto); rescue Exception; end
