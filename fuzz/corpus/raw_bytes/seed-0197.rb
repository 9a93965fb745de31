GC.start
GC.start
begin; v0 = {:k0 => "s4", :k1 => :y0}; rescue Exception; end
GC.start
begin; v1 = v0.respond_to?(:dig, true); rescue Exception; end
begin
  v0.send(:flatten, 1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class C0
        begin
          def m0()
            begin; C0.send(:include, Comparable); rescue Exception; end
            (3..7)
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m1, :message); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v2 = lambda do |a0, a1|
        begin
          class << v0
            begin; v3 = 13.5.respond_to?(:m0); rescue Exception; end
            begin; alias m2 m2; rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  class << v0
    begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
    begin
      def m5(o0 = 0)
        begin; v4 = C0.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m6); rescue Exception; end
begin; v1.message(); rescue Exception; end
begin; v5 = String.instance_method(:dig); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
begin; v6 = v0.singleton_class; rescue Exception; end
begin; v0["s1"] = v5; rescue Exception; end
begin; v6.singleton_class.send(:define_method, :m8, v5); rescue Exception; end
begin; C0.extend(Comparable); rescue Exception; end
begin; Object.send(:alias_method, :m9, :m7); rescue Exception; end
begin
  class << v5
    begin; v7 = {}; rescue Exception; end
    begin
      v8 = Class.new(Object) do
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin
  v9 = lambda do |a0|
    begin
      def v0.m8()
        K0
      end
    rescue Exception
    end
    begin
      class << v1
        begin
          def self.m10(a0, a1)
            begin; C0.send(:remove_method, :m11); rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; v10 = "s14"; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v11 = {}; rescue Exception; end
begin; v12 = C0.new(); rescue Exception; end
begin; v6.send(:include, Enumerable); rescue Exception; end
begin; v13 = v9.instance_variable_get(:@i3); rescue Exception; end
