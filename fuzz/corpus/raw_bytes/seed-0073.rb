GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  v1 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v0.instance_variable_set(:@i2, nil); rescue Exception; end
    begin
      v3 = Fiber.new do |x|
        begin; v2 = :y0.send(:to_proc); rescue Exception; end
        Fiber.yield(x)
        o0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v4 = Object.instance_variable_get(:@k1); rescue Exception; end
begin; C0.send(:undef_method, :fill); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :__upto_endless); rescue Exception; end
begin
  def v1.m1()
    :y0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin; v5 = v4.respond_to?(:m3); rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v6 = proc do
    self
  end
rescue Exception
end
begin; v7 = :y3; rescue Exception; end
begin; v8 = {:k0 => true, :k1 => :y5}; rescue Exception; end
begin
  class C0 < StandardError
    begin; C0.send(:alias_method, :m1, :fill); rescue Exception; end
    begin
      class C1 < Hash
        begin
          def m4(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; v9 = C0.new(); rescue Exception; end
            begin; v10 = v9.respond_to?(:m5); rescue Exception; end
            :y4
          end
        rescue Exception
        end
        begin; K0 = :y2; rescue Exception; end
        begin
          def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
          def to_str; "c#{to_int}"; end
          def to_ary; [to_int, to_str]; end
          def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
          def hash; to_int.hash; end
          def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
          def ==(o); eql?(o); end
          def coerce(o); [o, to_int]; end
        rescue Exception
        end
        begin; Range.send(:alias_method, :m6, :compact!); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def self.m7(k0: 1)
        begin; p k0; rescue Exception; end
        begin; C0.send(:alias_method, :m8, :m0); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin; v11 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m5, :__upto_endless); rescue Exception; end
begin; v12 = [v6, v6, v6].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class << v4
    begin
      r1 = 0
      begin
        begin; v13 = C0.new(true, "s8"); rescue Exception; end
        begin; v13.instance_variable_set(:@i0, K0); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def m0(a0, o0 = 0)
            GC.start
            o0
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  v15 = lambda do |a0, a1|
    begin; p v14; rescue Exception; end
    begin; v16 = Object.new(); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v17 = []; rescue Exception; end
begin; v18 = C0.instance_method(:compact!); rescue Exception; end
begin; p v15; rescue Exception; end
begin
  v19 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v20 = Object.new(); rescue Exception; end
    v8
  end
rescue Exception
end
begin
  def v0.m8(a0)
    a0
  end
rescue Exception
end
begin; v21 = C0.new(v12, v15); rescue Exception; end
begin
  v22 = ->(a0, o0 = 0) do
    begin; v21.singleton_class.send(:alias_method, :m9, :compact!); rescue Exception; end
    o0
  end
rescue Exception
end
