GC.start
begin
  v0 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      begin
        begin
          v1 = ->(o0 = 0) do
            begin; v2 = C0.new(); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin
      v3 = lambda do |a0, &blk|
        3
      end
    rescue Exception
    end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin; v4 = "s11"; rescue Exception; end
begin; v5 = v4.clone; rescue Exception; end
begin; v6 = true; rescue Exception; end
begin; K0 = 23; rescue Exception; end
begin; v7 = [98, K0]; rescue Exception; end
begin
  v8 = Class.new(Object) do
    begin
      v9 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
        26
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = Proc.new do |a0, o0 = 0|
    begin; v11 = {:k0 => v8, :k1 => a0}; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v12 = v5.respond_to?(:first); rescue Exception; end
begin
  v14 = v5.count(k0: v7) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v13 = C0.new(v6); rescue Exception; end
    self
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m0, :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin; v15 = v4.respond_to?(:m1, true); rescue Exception; end
begin
  def m2()
    begin
      v16 = nil.send(:"<=>", k0: 5.5) do |a0, *rest|
        begin; C1.send(:prepend, Enumerable); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; Object.const_set(:K1, v16); rescue Exception; end
    "s19"
  end
rescue Exception
end
begin
  v8.send(:define_method, :m2) do |a0|
    begin
      v17 = lambda do
        GC.start
        begin
          v8.singleton_class.send(:define_method, :m2) do
            begin; raise ArgumentError, "x"; rescue Exception; end
            begin; v15.method(:first).call(); rescue Exception; end
            (1..4)
          end
        rescue Exception
        end
        v0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; self.send(:m3); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v7.instance_eval do
    GC.start
  end
rescue Exception
end
begin; C0.send(:remove_method, :m1); rescue Exception; end
begin; v18 = K0.respond_to?(:m1); rescue Exception; end
begin; v19 = {:k0 => v12, :k1 => 20}; rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin
  v20 = lambda do |a0, *rest, p0|
    begin; v10.singleton_class.send(:alias_method, :m4, :first); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v8.singleton_class.send(:undef_method, :"<=>"); rescue Exception; end
begin; v21 = v20.instance_variable_get(:@i0); rescue Exception; end
begin; v22 = v10.to_proc; rescue Exception; end
begin
  v24 = Fiber.new do |x|
    begin
      v23 = proc do |a0, &blk|
        v0
      end
    rescue Exception
    end
    Fiber.yield(x)
    v6
  end
rescue Exception
end
begin; v22.singleton_class.send(:alias_method, :m5, :"<=>"); rescue Exception; end
begin
  Range.send(:define_method, :m6) do |o0 = 0|
    begin
      v28 = v19.eql?(:y1) do |a0|
        begin; v25 = v4.respond_to?(:m2); rescue Exception; end
        begin
          class << v24
            begin; v26 = (2..3).respond_to?(:m7); rescue Exception; end
            begin; v27 = v26.respond_to?(:"<=>", true); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    v18
  end
rescue Exception
end
