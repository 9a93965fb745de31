GC.start
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v0 = 42.respond_to?(:m0); rescue Exception; end
begin; C0.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  14.5.send(:to_i, v0, v0) do |o0 = 0|
    v0
  end
rescue Exception
end
begin; v1 = { v0 => 1, v0 => 2 }[v0]; rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v2 = C0.instance_method(:m0); rescue Exception; end
begin; v3 = v2.m0(); rescue Exception; end
begin
  v4 = v3.send(:m1, v0, self) do
    begin
      30.times do |i|
        begin; p v2; rescue Exception; end
      end
    rescue Exception
    end
    0
  end
rescue Exception
end
begin
  v5 = ->() do
    begin; v6 = C0.new(k0: 2); rescue Exception; end
    72
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i3, self); rescue Exception; end
begin; v5.freeze; rescue Exception; end
begin
  class << v2
    begin; K1 = K1; rescue Exception; end
    begin; v7 = C0.new(:y2, nil); rescue Exception; end
    begin
      def self.m0(a0, &blk)
        begin; v8 = C0.new(); rescue Exception; end
        5.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; raise ArgumentError, "x"; rescue Exception; end
    rest
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, v9); rescue Exception; end
begin
  v10 = Class.new(Object) do
    begin; v11 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m1, :clamp); rescue Exception; end
begin; p v2; rescue Exception; end
GC.start
begin
  v10.allocate(16.5, k0: 3) do |a0, a1|
    begin
      class C2
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m1, :clamp); rescue Exception; end
      end
    rescue Exception
    end
    :y2
  end
rescue Exception
end
begin; v12 = v10.dup; rescue Exception; end
begin
  class << v2
    begin
      2.times do |i|
        begin
          C0.send(:define_method, :m2) do |k0: 1, **kws|
            2.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias m3 m4; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v12.clone; rescue Exception; end
begin
  5.times do |i|
    begin
      v14 = lambda do |a0, o0 = 0|
        begin; raise RuntimeError, "x"; rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12.send(:define_method, :m5) do
    v2
  end
rescue Exception
end
begin; v15 = v0.respond_to?(:m0, true); rescue Exception; end
begin; v16 = 25; rescue Exception; end
