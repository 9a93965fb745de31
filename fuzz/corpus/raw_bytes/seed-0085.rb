begin
  v0 = Proc.new do |a0|
    42
  end
rescue Exception
end
begin
  def m0(k0: 1, **kws)
    begin
      v1 = ->(a0, a1) do
        nil
      end
    rescue Exception
    end
    begin; Object.instance_variable_set(:@k0, v1); rescue Exception; end
    :y1
  end
rescue Exception
end
begin
  class << v0
    begin
      def m1(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v2 = Object.new(); rescue Exception; end
        begin; 30.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
        o0
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |k0: 1|
    begin; v3 = Object.class_variable_get(:@@k0); rescue Exception; end
    k0
  end
rescue Exception
end
begin; K0 = "s18"; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; C0.send(:remove_method, :succ); rescue Exception; end
begin
  def m2(a0)
    -1
  end
rescue Exception
end
begin; v0.singleton_class.send(:undef_method, :m3); rescue Exception; end
begin
  v5 = Class.new(Hash) do
    begin; alias m4 map!; rescue Exception; end
    begin
      r1 = 0
      begin
        begin
          r2 = 0
          begin
            begin; alias_method :m2, :map!; rescue Exception; end
            begin; v6 = true; rescue Exception; end
          rescue => e
            r2 += 1
            retry if r2 < 2
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          Range.send(:define_method, :m4) do
            begin; v7 = true; rescue Exception; end
            21
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; v8 = C0.new(); rescue Exception; end
        begin; v9 = :y0; rescue Exception; end
      end
    rescue Exception
    end
    begin; v10 = Object.new("s7"); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  begin
    begin; v4.singleton_class.send(:alias_method, :m5, :succ); rescue Exception; end
    begin
      class C1 < C0
        begin; v11 = [75, true].uniq.size; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v12 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v5
    begin
      module M2
        begin; v13 = Struct.new(:f0); rescue Exception; end
        begin
          C1.send(:define_method, :m6) do |o0 = 0|
            begin
              C0.send(:define_method, :m7) do
                self
              end
            rescue Exception
            end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v14 = {:k0 => 2, :k1 => 7.5}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v4
    begin; v15 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v16 = C0.new(); rescue Exception; end
begin; v17 = 1 + v4; rescue Exception; end
begin; v18 = [self, self]; rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v5.send(:include, M2); rescue Exception; end
begin; String.class_eval("begin\n  def self.m8(k0: 1, **kws)\n    begin\n      r1003 = 0\n      begin\n        GC.start\n      rescue => e\n        begin; v19 = [self, nil, self].sort { |x, y| y <=> x }; rescue Exception; end\n        r1003 += 1\n        retry if r1003 < 2\n      ensure\n        begin; v20 = nil.send(:m9); rescue Exception; end\n      end\n    rescue Exception\n    end\n    begin; v21 = C0.new(); rescue Exception; end\n    kws\n  end\nrescue Exception\nend"); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v18.singleton_class.send(:alias_method, :m3, :eql?); rescue Exception; end
begin; p v17; rescue Exception; end
begin
  class C3 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v22 = [(4..9), K0, (4..9)].sort { |x, y| y <=> x }; rescue Exception; end
    begin
      class << v22
        begin; v23 = C0.new(); rescue Exception; end
        begin; v23.instance_variable_set(:@i0, v23); rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v22.m10() do
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
