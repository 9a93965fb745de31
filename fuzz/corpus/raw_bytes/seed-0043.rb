begin; Object.instance_variable_set(:@k0, (0..4)); rescue Exception; end
begin; p 43; rescue Exception; end
begin
  v0 = true.m0() do
    (4..7)
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  def m1(k0: 1)
    begin
      r1 = 0
      begin
      rescue => e
        begin; v3 = nil; rescue Exception; end
        begin
          v5 = Fiber.new do |x|
            begin; Integer.send(:alias_method, :m2, :m0); rescue Exception; end
            begin; v4 = Array.instance_method(:m1); rescue Exception; end
            Fiber.yield(x)
            v3
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin; v6 = [k0, 13, k0].sort { |x, y| y <=> x }; rescue Exception; end
    k0
  end
rescue Exception
end
begin; Object.send(:alias_method, :m2, :yield_self); rescue Exception; end
begin; Array.send(:alias_method, :m3, :"<=>"); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m4, :"<=>"); rescue Exception; end
begin
  def m0()
    "s4"
  end
rescue Exception
end
begin
  v7 = proc do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v8 = [v0, "s19"]; rescue Exception; end
begin; v9 = v0.m5(v2, *v8, k0: 3); rescue Exception; end
begin
  def v1.m4(a0, a1)
    begin; v10 = Object.instance_method(:m6); rescue Exception; end
    "s15"
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v11 = v7.to_proc; rescue Exception; end
begin
  class << v11
    begin; v12 = String(true); rescue Exception; end
    begin
      self.yield_self() do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m5, :m7); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m8, :m7); rescue Exception; end
begin; p v1; rescue Exception; end
begin; v13 = Object.new(67, 18); rescue Exception; end
GC.start
begin
  begin
    begin; Object.class_variable_set(:@@k1, self); rescue Exception; end
    begin; v14 = Object.new(); rescue Exception; end
  rescue => e
    begin; v8 << v1; rescue Exception; end
    begin; p v13; rescue Exception; end
  ensure
    begin; C0.send(:undef_method, :m9); rescue Exception; end
    begin
      v16 = Fiber.new do |x|
        begin; v15 = v8.clone; rescue Exception; end
        begin; Range.send(:alias_method, :m6, :m10); rescue Exception; end
        Fiber.yield(x)
        v8
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v18 = :y4.method(:intern).call(1.5) do
    begin; v2.singleton_class.send(:remove_method, :m4); rescue Exception; end
    begin
      class << v13
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
        begin
          v17 = lambda do |a0, &blk|
            "s14"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    "s1"
  end
rescue Exception
end
