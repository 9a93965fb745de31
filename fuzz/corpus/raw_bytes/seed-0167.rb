GC.start
begin; v0 = Object.instance_method(:last); rescue Exception; end
begin; v1 = v0.bind(v0); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
    begin
      class << v2
        begin; v3 = C0.new(nil, k0: 3); rescue Exception; end
        begin
          def m0(a0, o0 = 0)
            begin; 8.send(:"&", nil, true); rescue Exception; end
            begin; Object.const_set(:K0, (2..6)); rescue Exception; end
            K0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; C0.class_variable_set(:@@k2, :y3); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin
      String.send(:define_method, :m3) do |o0 = 0|
        begin; C1.send(:alias_method, :m2, :last); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      begin
        begin; C1.send(:prepend, Comparable); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
      ensure
        begin; v4 = [10, 20, 30, 40][true]; rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m0) do |a0|
    a0
  end
rescue Exception
end
begin
  v6 = proc do
    nil
  end
rescue Exception
end
begin; v7 = "abc" + v6; rescue Exception; end
begin; K1 = 1.5; rescue Exception; end
begin; v8 = C1.new(); rescue Exception; end
begin
  C1.send(:define_method, :m4) do
    v8
  end
rescue Exception
end
begin
  def v6.m5(o0 = 0)
    begin; v9 = C0.new(:y4, o0); rescue Exception; end
    8.5
  end
rescue Exception
end
begin; C1.send(:include, Enumerable); rescue Exception; end
begin; C1.send(:include, Comparable); rescue Exception; end
begin; Hash.send(:define_method, :m0, v1); rescue Exception; end
begin; v6.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin
  def m7(o0 = 0)
    o0
  end
rescue Exception
end
begin; v10 = self.last(v1, 81); rescue Exception; end
begin; C1.class_eval("begin\n  class Integer\n    begin; alias_method :m5, :downto; rescue Exception; end\n    begin; alias_method :m8, :last; rescue Exception; end\n  end\nrescue Exception\nend\nbegin; v11 = C0.class_variable_get(:@@k1); rescue Exception; end"); rescue Exception; end
