begin; v0 = Object.new(19.5, 62); rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  v1 = v0.m0(1) do |a0|
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; v2 = (4..7).respond_to?(:m1); rescue Exception; end
    begin
      class << v2
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
        begin; v3 = :upcase; rescue Exception; end
        begin
          v4 = self.send(:m1, &v3) do
            begin; String.send(:alias_method, :m2, :dig); rescue Exception; end
            v3
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v5 = v0.dup; rescue Exception; end
begin; v6 = [[v5], [v5]].flatten; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      module M1
        begin; K0 = "s12"; rescue Exception; end
      end
    rescue Exception
    end
    begin; true.public_send(:m2, 1); rescue Exception; end
    begin; v7 = Integer(true); rescue Exception; end
    begin
      class Struct
        begin; alias m3 to_h; rescue Exception; end
        begin; alias_method :m4, :m4; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = [v0]; rescue Exception; end
begin
  class C2 < Hash
    begin; C2.send(:include, M1); rescue Exception; end
  end
rescue Exception
end
begin; :y1.intern(v6, *v8, k0: 3); rescue Exception; end
begin; v8.singleton_class.send(:undef_method, :message); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :message); rescue Exception; end
begin; v9 = C2.new(v1); rescue Exception; end
begin; v10 = C2.new(); rescue Exception; end
begin; v11 = Struct.new(:f0, :f1); rescue Exception; end
begin; v0.instance_variable_set(:@i3, 21); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  class << v1
    begin; v12 = C0.new(:y3, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m6, :to_h); rescue Exception; end
begin; (2..3).send(:eql?, *v8); rescue Exception; end
begin; v10.singleton_class.send(:undef_method, :m7); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  class << v8
    begin
      v13 = Fiber.new do |x|
        Fiber.yield(x)
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = Class.new(Numeric) do
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
  end
rescue Exception
end
begin
  v16 = Fiber.new do |x|
    begin; K1 = v0; rescue Exception; end
    begin
      v15 = lambda do
        v10
      end
    rescue Exception
    end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; C3.class_variable_set(:@@k1, "s12"); rescue Exception; end
