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
    begin; v5 = Object.new((2..4), "s3"); rescue Exception; end
  end
rescue Exception
end
begin; v6 = String(v4); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; v7 = v3.instance_variable_get(:@i3); rescue Exception; end
GC.start
begin; v8 = C0.new(); rescue Exception; end
begin
  class C1 < Hash
    begin; v9 = C0.new(self, k0: 3); rescue Exception; end
    begin
      v10 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          v11 = proc do
            true
          end
        rescue Exception
        end
        begin; v11.instance_variable_set(:@i0, v11); rescue Exception; end
        begin
          v11.singleton_class.send(:define_method, :m1) do |a0|
            begin; alias m2 clamp; rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    begin; p v10; rescue Exception; end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v12 = Struct.new(:f0); rescue Exception; end
begin; v13 = {:k0 => v8}; rescue Exception; end
begin; v14 = v6.respond_to?(:m1); rescue Exception; end
begin; Comparable.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v15 = self.m3(); rescue Exception; end
begin
  class C3 < C2
    begin; v16 = {:k0 => :y1}; rescue Exception; end
    begin
      3.times do |i|
        begin
          r1 = 0
          begin
            begin; self.send(:m2, (0..4), k0: 3); rescue Exception; end
            begin; alias m0 select!; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; alias m4 finite?; rescue Exception; end
            r1 += 1
            retry if r1 < 2
          ensure
            begin; 16.5.m4(); rescue Exception; end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v17 = (3..7).respond_to?(:m5); rescue Exception; end
begin
  v20 = v12.send(:inherited) do
    begin; v18 = [[K0], [v3]].flatten; rescue Exception; end
    begin
      v19 = proc do
        v14
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin
  def m6(o0 = 0)
    begin; v21 = self.clamp(o0, nil); rescue Exception; end
    o0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; Comparable.send(:alias_method, :m3, :clamp); rescue Exception; end
begin; v22 = Object.new(**v13); rescue Exception; end
begin; v23 = v8.dup; rescue Exception; end
begin; v24 = v12.instance_method(:select!); rescue Exception; end
begin
  v26 = Fiber.new do |x|
    begin; v25 = v8.clone; rescue Exception; end
    Fiber.yield(x)
    v23
  end
rescue Exception
end
