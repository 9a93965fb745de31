begin
  class C0 < Hash
    begin; p nil; rescue Exception; end
    begin; v0 = :y5.send(:"<=>", 1); rescue Exception; end
  end
rescue Exception
end
begin; "s2".public_send(:"=="); rescue Exception; end
begin; v1 = {:k0 => true}; rescue Exception; end
begin; v2 = v1.respond_to?(:m0); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      module M1
        begin
          v3 = Class.new(C0) do
            GC.start
            begin; v4 = true; rescue Exception; end
            begin; v5 = v4.method(:m0); rescue Exception; end
          end
        rescue Exception
        end
        begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.extend(M1); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    GC.start
    begin; v7 = C2.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; p 15; rescue Exception; end
    begin
      class C3 < Hash
        begin; v8 = self.respond_to?(:m1, true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m2, :freeze); rescue Exception; end
begin
  self.m3() do |a0, o0 = 0|
    begin; v1.singleton_class.send(:alias_method, :m2, :"<="); rescue Exception; end
    :y1
  end
rescue Exception
end
begin
  class << v1
    begin; C2.instance_variable_set(:@k2, "s13"); rescue Exception; end
    begin
      v9 = "s3".method(:"<=").call() do |a0, &blk|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = nil; rescue Exception; end
begin; v10 = C0.new(**v1); rescue Exception; end
begin
  v11 = proc do |a0|
    nil
  end
rescue Exception
end
begin
  v12 = Class.new(Object) do
    GC.start
    begin; p (3..6); rescue Exception; end
    begin; v13 = C0.new(1); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m1, :m4); rescue Exception; end
begin; v14 = Object.new(18.5); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v15 = v14 == v12; rescue Exception; end
GC.start
begin; v16 = Float(v15); rescue Exception; end
begin; v17 = v11.to_proc; rescue Exception; end
begin; v18 = "abc" + 6.5; rescue Exception; end
begin; C0.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  class << v1
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
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m7, :max; rescue Exception; end
    begin; alias_method :m8, :m4; rescue Exception; end
  end
rescue Exception
end
begin; Range.send(:alias_method, :m9, :freeze); rescue Exception; end
