GC.start
begin
  10.times do |i|
    begin
      v0 = Class.new(Object) do
        begin; Range.send(:alias_method, :m0, :clamp); rescue Exception; end
        begin; v1 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v2 = v0.new(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin; v4 = [v3]; rescue Exception; end
begin
  class << v4
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; v5 = [self, 4].uniq.size; rescue Exception; end
  end
rescue Exception
end
begin; v6 = v3.respond_to?(:m1); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  class << v6
    begin; v7 = {:k0 => nil}; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v8 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin
  class << v4
    begin; v9 = C0.new(); rescue Exception; end
    begin; v9.freeze; rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  v11 = true.send(:clamp, v6) do
    begin; v10 = v4.method(:m3); rescue Exception; end
    true
  end
rescue Exception
end
begin
  def m3(a0, o0 = 0, *rest, k0: 1, &blk)
    begin
      v12 = proc do |a0, *rest, p0|
        begin; v13 = C1.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v14 = self.public_send(:m4, *v4); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      class << v11
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        begin; K0 = self; rescue Exception; end
        begin; 62.method(:div).call("s16", 6.5); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin
      v15 = v11.public_send(:m5, k0: 2) do |a0, *rest, p0|
        begin; C1.instance_variable_set(:@k2, "s4"); rescue Exception; end
        e
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      class << v3
        begin; C0.send(:remove_method, :m1); rescue Exception; end
        begin; alias_method :m6, :select!; rescue Exception; end
        begin; K1 = 18.5; rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v16 = (3..7).respond_to?(:m7); rescue Exception; end
begin; v17 = v11.method(:m8).call(*v4); rescue Exception; end
begin; v18 = C1.new(); rescue Exception; end
begin
  class << v4
    begin; 300.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v19 = "s1"; rescue Exception; end
    begin; v20 = v17.clamp(i, v4); rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; Comparable.send(:alias_method, :m5, :clamp); rescue Exception; end
begin; v21 = Object.new(k0: 2); rescue Exception; end
