GC.start
GC.start
begin; raise ArgumentError, "x"; rescue Exception; end
begin; Range.send(:alias_method, :m0, :each_slice); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  v1 = Fiber.new do |x|
    begin; v0 = Object.new(self, k0: 3); rescue Exception; end
    Fiber.yield(x)
    56
  end
rescue Exception
end
begin
  class << v1
    begin; v2 = nil.m1((2..6), 15.5); rescue Exception; end
    begin
      Hash.send(:define_method, :m2) do |a0, a1|
        a1
      end
    rescue Exception
    end
    begin; v3 = {}; rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m3, :bsearch); rescue Exception; end
begin; v4 = Object.class_variable_get(:@@k0); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class Array
    begin; alias_method :m4, :bsearch; rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m1, :each_slice); rescue Exception; end
begin; String.send(:alias_method, :m3, :each_slice); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
  end
rescue Exception
end
begin
  v5 = Class.new(Object) do
    begin; p :y5; rescue Exception; end
    begin
      module M2
        begin; alias m4 m7; rescue Exception; end
        begin
          def m8(k0: 1, **kws)
            :y2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v6 = "s9"; rescue Exception; end
  end
rescue Exception
end
begin; v7 = v5.singleton_class; rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
begin; v8 = C0.new(); rescue Exception; end
begin; v9 = v7.method(:each_slice); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v7.instance_variable_set(:@i0, (0..5)); rescue Exception; end
begin; 8.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  module M3
    begin; v10 = :y0.method(:each_slice); rescue Exception; end
    begin; v11 = C1.new(k0: 2); rescue Exception; end
    begin
      def v11.m9(k0: 1, **kws)
        begin; Integer.class_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn1\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn1\") || super\n  end\nrescue Exception\nend\nbegin; p kws; rescue Exception; end"); rescue Exception; end
        kws
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1001 = 0
  begin
    begin
      def v7.m10(a0, a1)
        begin; C0.send(:include, M2); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v1
        begin; C0.send(:remove_method, :each_slice); rescue Exception; end
        begin; p :y1; rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
begin
  class << v9
    begin; v12 = C1.new(1); rescue Exception; end
    begin; v13 = C0.instance_variable_get(:@k0); rescue Exception; end
    begin
      r1002 = 0
      begin
        begin
          def m7(a0, o0 = 0)
            o0
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def m11(o0 = 0)
            begin; v14 = Object.new(); rescue Exception; end
            o0
          end
        rescue Exception
        end
        r1002 += 1
        retry if r1002 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = C0.instance_method(:m6); rescue Exception; end
