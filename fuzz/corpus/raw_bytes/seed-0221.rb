GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  def v0.m0(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      Hash.send(:define_method, :m1) do |a0, &blk|
        :y1
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  class << v0
    GC.start
    begin
      begin
      rescue => e
        begin
          String.send(:define_method, :m1) do |o0 = 0|
            e
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval("begin; v1 = v0.method(:m2); rescue Exception; end"); rescue Exception; end
begin; v2 = [v0, 61, v0]; rescue Exception; end
begin; Hash.send(:alias_method, :m1, :each); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  class << v2
    begin; v3 = Struct.new(:f0); rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; Range.class_eval("begin; v0.method(:m3).call(*v2); rescue Exception; end"); rescue Exception; end
begin
  def v2.m3(a0)
    GC.start
    "s15"
  end
rescue Exception
end
begin
  v4 = proc do
    nil
  end
rescue Exception
end
begin
  class << v0
    begin
      (3..6).public_send(:max, 1) do
        2.5
      end
    rescue Exception
    end
    begin
      def m4()
        begin; p 0; rescue Exception; end
        69
      end
    rescue Exception
    end
    begin
      def m4()
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m4()
    begin
      Array.send(:define_method, :m5) do |a0|
        begin; p a0; rescue Exception; end
        begin
          v6 = "s4".send(:last, a0) do
            begin; v5 = true.m6(1); rescue Exception; end
            59
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin
  class << v0
    begin
      3.times do |i|
        begin; p (3..6); rescue Exception; end
      end
    rescue Exception
    end
    begin; eval("begin\n  class C0\n    begin\n      def m7()\n        8.5\n      end\n    rescue Exception\n    end\n    begin; alias_method :m8, :m7; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin; alias_method :m2, :each; rescue Exception; end
    begin
      def m9(a0, &blk)
        begin; Object.const_set(:K0, true); rescue Exception; end
        begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin; v7 = {}; rescue Exception; end
        begin; v8 = C1.instance_method(:m10); rescue Exception; end
        begin
          def m11()
            begin; Numeric.send(:alias_method, :m8, :each); rescue Exception; end
            begin; C1.send(:include, Enumerable); rescue Exception; end
            5.5
          end
        rescue Exception
        end
        begin; 8.times { |i| v7[i] = [i] }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 << 3.5; rescue Exception; end
