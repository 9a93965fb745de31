begin
  v0 = ->() do
    (2..2)
  end
rescue Exception
end
GC.start
begin; v1 = Integer(73); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  class << v1
    begin
      def m0(a0)
        begin
          v2 = proc do |k0: 1, **kws|
            begin; v3 = 25.respond_to?(:m0); rescue Exception; end
            :y1
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v4 = 6.5; rescue Exception; end
    begin; v5 = Object.new((1..4), (2..7)); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  v6 = proc do |a0, &blk|
    begin; Object.class_variable_set(:@@k1, self); rescue Exception; end
    begin; v7 = Array.instance_method(:m0); rescue Exception; end
    blk
  end
rescue Exception
end
GC.start
begin
  3.times do |i|
    begin
      def v0.m1()
        "s9"
      end
    rescue Exception
    end
    begin; v8 = Integer(v1); rescue Exception; end
  end
rescue Exception
end
begin; v9 = [70]; rescue Exception; end
begin
  v10 = Class.new(Object) do
    begin; v11 = C0.instance_method(:fetch_values); rescue Exception; end
    begin
      def m2(a0, o0 = 0)
        o0
      end
    rescue Exception
    end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin
      v12 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; C0.send(:alias_method, :m0, :m3); rescue Exception; end
        begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = []; rescue Exception; end
begin
  v14 = v9.m0() do |a0, a1|
    begin
      def v9.m5(o0 = 0)
        o0
      end
    rescue Exception
    end
    v13
  end
rescue Exception
end
begin; Array.send(:alias_method, :m4, :to_h); rescue Exception; end
begin
  class << v0
    begin; v15 = C0.new(k0: self); rescue Exception; end
  end
rescue Exception
end
begin; v9.singleton_class.send(:alias_method, :m1, :fetch_values); rescue Exception; end
begin
  class C1 < Numeric
    begin; v16 = true; rescue Exception; end
    begin
      class C2 < C0
        begin; v17 = "s16"; rescue Exception; end
        begin; v18 = 1 + self; rescue Exception; end
        begin
          class Numeric
            begin; alias_method :m5, :abs; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v19 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; alias_method :m6, :reject; rescue Exception; end
        begin
          def m7(a0, a1)
            (4..9)
          end
        rescue Exception
        end
        begin; v20 = C3.new(); rescue Exception; end
        begin; 30.times { |i| v20.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v21 = Object.new(&v0); rescue Exception; end
begin; v22 = 19.5; rescue Exception; end
begin
  self.public_send(:m7) do
    begin; v9 << 12.5; rescue Exception; end
    begin; v21.instance_variable_set(:@i2, true); rescue Exception; end
    v22
  end
rescue Exception
end
begin
  v23 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin
  class << v14
    begin; v24 = C0.new("s12", k0: 3); rescue Exception; end
    begin
      class << v24
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
        begin; v25 = nil; rescue Exception; end
        begin
          v26 = proc do
            begin; v27 = C3.new(self, k0: 3); rescue Exception; end
            63
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v9; rescue Exception; end
begin; v21.instance_variable_set(:@i3, v23); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  def m0(a0, a1)
    a0
  end
rescue Exception
end
begin
  begin
    begin; v13.extend(Enumerable); rescue Exception; end
  rescue => e
    begin
      v28 = self.send(:m6) do |a0, &blk|
        begin; v21.singleton_class.send(:undef_method, :to_h); rescue Exception; end
        13.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; C1.send(:prepend, Enumerable); rescue Exception; end
begin; v29 = "s13" == v10; rescue Exception; end
