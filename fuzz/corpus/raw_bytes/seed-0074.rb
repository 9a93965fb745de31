begin; v0 = Object.new(:y1, k0: 3); rescue Exception; end
begin
  begin
    begin
      v1 = ->(a0, *rest, p0) do
        begin
          v2 = proc do |a0, &blk|
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  rescue => e
    begin
      v3 = Fiber.new do |x|
        begin
          def m0(a0, *rest)
            a0
          end
        rescue Exception
        end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    begin
      v5 = Fiber.new do |x|
        begin; v4 = v3.resume(1); rescue Exception; end
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  ensure
    begin; M0.send(:remove_method, :allbits?); rescue Exception; end
  end
rescue Exception
end
begin; v6 = 86; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; K0 = v7; rescue Exception; end
begin
  v8 = Proc.new do |a0|
    begin; v9 = Object.new(); rescue Exception; end
    nil
  end
rescue Exception
end
begin; v10 = Object.new(k0: v6); rescue Exception; end
begin
  module M0
    GC.start
    begin
      v11 = Class.new(Array) do
        begin; v12 = C1.new(); rescue Exception; end
        begin
          10.times do |i|
            begin; v12.m0(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v13 = v11.new(); rescue Exception; end
  end
rescue Exception
end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin; C1.send(:alias_method, :m1, :m2); rescue Exception; end
begin; 45.public_send(:step, k0: true); rescue Exception; end
begin
  class << v10
    GC.start
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin
      def m0()
        begin; v14 = nil; rescue Exception; end
        K0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Array.send(:define_method, :m3) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m4, :delete); rescue Exception; end
begin; C1.class_eval("begin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn2\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn2\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
begin; C1.send(:include, Comparable); rescue Exception; end
begin; v0.singleton_class.send(:undef_method, :m5); rescue Exception; end
begin
  module M2
    begin; v15 = {:k0 => self, :k1 => true}; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; C1.send(:include, M0); rescue Exception; end
begin; v10.instance_variable_set(:@i1, self); rescue Exception; end
begin
  class Hash
    begin; alias m6 delete; rescue Exception; end
    begin; alias_method :m7, :delete; rescue Exception; end
  end
rescue Exception
end
