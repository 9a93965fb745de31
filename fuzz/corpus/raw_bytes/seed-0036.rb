GC.start
begin
  Hash.send(:define_method, :m0) do |a0, o0 = 0|
    begin
      Numeric.send(:define_method, :m0) do |k0: 1, **kws|
        29
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m1, :m2); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
GC.start
begin
  v0 = self.public_send(:m0, (0..0), "s7") do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; Range.extend(Comparable); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; Enumerable.send(:alias_method, :m3, :uniq); rescue Exception; end
  end
rescue Exception
end
begin; Hash.extend(Comparable); rescue Exception; end
begin
  "s9".send(:"%", k0: 2) do
    begin; K0 = v0; rescue Exception; end
    begin; v1 = v0.m3(v0); rescue Exception; end
    49
  end
rescue Exception
end
begin
  v2 = proc do |a0, *rest, p0|
    GC.start
    "s3"
  end
rescue Exception
end
begin; v3 = {}; rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v4 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; Integer.send(:alias_method, :m4, :uniq); rescue Exception; end
begin; v5 = v2.dup; rescue Exception; end
begin; v3.singleton_class.send(:define_method, :m5, v2); rescue Exception; end
begin
  v6 = Class.new(Array) do
    begin; v7 = 9; rescue Exception; end
    begin
      def m1(a0, *rest)
        begin
          C0.send(:define_method, :m6) do
            rest
          end
        rescue Exception
        end
        begin; v8 = {}; rescue Exception; end
        :y1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = 1 + "s9"; rescue Exception; end
begin; v10 = -0.5; rescue Exception; end
begin; v2.singleton_class.send(:remove_method, :m7); rescue Exception; end
begin
  v12 = self.to_a() do |a0|
    begin; v11 = v6.new(); rescue Exception; end
    begin; C0.send(:undef_method, :m8); rescue Exception; end
    K0
  end
rescue Exception
end
begin
  self.send(:m9, 1) do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin; v13 = [v10, :y4, v10].sort { |x, y| y <=> x }; rescue Exception; end
begin; v14 = C0.new(); rescue Exception; end
begin
  v15 = lambda do |a0, *rest, p0|
    begin
      v16 = lambda do |o0 = 0|
        GC.start
        begin; v17 = v6.clone; rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin; v5.singleton_class.send(:define_method, :m7, v2); rescue Exception; end
    v0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :"%"); rescue Exception; end
