begin
  class C0 < Hash
    begin
      class C1 < String
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
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
      end
    rescue Exception
    end
    begin; K0 = "s18"; rescue Exception; end
  end
rescue Exception
end
begin; C1.extend(Comparable); rescue Exception; end
begin
  module M2
    begin; v0 = nil.m0(); rescue Exception; end
    begin; v1 = Object.new(); rescue Exception; end
    begin; eval(""); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = ->(a0, o0 = 0) do
    a0
  end
rescue Exception
end
begin
  class C3 < Hash
    GC.start
    begin; v3 = Object.new(k0: 34); rescue Exception; end
    begin; v3.instance_variable_set(:@i1, v3); rescue Exception; end
    begin
      def m0(a0)
        GC.start
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = true; rescue Exception; end
begin
  module M4
    begin
      v5 = ->(a0, &blk) do
        true
      end
    rescue Exception
    end
    begin; v6 = 18.5; rescue Exception; end
    begin; v7 = String(true); rescue Exception; end
  end
rescue Exception
end
begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v9 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def self.m1(k0: 1)
        begin
          C1.send(:define_method, :m2) do |a0, &blk|
            begin; v10 = "s9"; rescue Exception; end
            begin; v11 = 1 + self; rescue Exception; end
            -2
          end
        rescue Exception
        end
        begin; v12 = :upcase; rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      (2..5).public_send(:m3, K0, :y0) do |o0 = 0|
        begin; v13 = C5.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = C3.new(89, k0: 3); rescue Exception; end
begin; v15 = self.m2(nil, (0..4)); rescue Exception; end
begin
  v16 = lambda do |o0 = 0|
    begin
      class << v9
        begin; C3.send(:alias_method, :m2, :upto); rescue Exception; end
        begin; v17 = C0.new("s19", 46); rescue Exception; end
        begin; v18 = :y3; rescue Exception; end
      end
    rescue Exception
    end
    v15
  end
rescue Exception
end
begin
  v19 = v15.send(:m4, k0: 2) do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; C5.send(:include, M4); rescue Exception; end
begin; v20 = [v8]; rescue Exception; end
begin
  class C6 < C5
    begin; v21 = Object.new(k0: :y2); rescue Exception; end
    begin; K1 = v21; rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
  end
rescue Exception
end
begin; C6.send(:include, Enumerable); rescue Exception; end
begin; Object.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  class << v8
    begin; C3.send(:undef_method, :m7); rescue Exception; end
  end
rescue Exception
end
begin; p v9; rescue Exception; end
begin
  v22 = lambda do |a0, *rest|
    begin; v8.freeze; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v20.singleton_class.send(:define_method, :m3) do |a0, &blk|
    begin; v23 = C6.new(k0: 2); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v24 = Class.new(C6) do
    begin; C3.send(:alias_method, :m8, :dig); rescue Exception; end
  end
rescue Exception
end
begin; v25 = [10, 20, 30, 40][v9]; rescue Exception; end
begin; v26 = v2.instance_variable_get(:@i2); rescue Exception; end
GC.start
begin; v27 = v9.m9(&v2); rescue Exception; end
