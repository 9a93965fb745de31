begin; v0 = Object.instance_variable_get(:@k1); rescue Exception; end
begin; v1 = v0.m0(v0, v0); rescue Exception; end
begin
  class C0
    begin
      v2 = ->() do
        begin; v3 = Object.new(); rescue Exception; end
        begin
          5.times do |i|
          end
        rescue Exception
        end
        nil
      end
    rescue Exception
    end
    GC.start
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
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin; C0.instance_variable_set(:@k0, nil); rescue Exception; end
begin; C0.instance_variable_set(:@k1, v1); rescue Exception; end
GC.start
begin
  v6 = Fiber.new do |x|
    begin
      3.times do |i|
        begin
          class << v0
            begin; v5 = 9.5; rescue Exception; end
          end
        rescue Exception
        end
        begin; 30.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v4
  end
rescue Exception
end
begin
  class << v1
    begin; v7 = {}; rescue Exception; end
    begin; C0.class_variable_set(:@@k1, v7); rescue Exception; end
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = v1.m0(14.5, v1) do
    begin; Object.send(:alias_method, :m0, :times); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  class Struct
    begin; alias m1 each_pair; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v10 = nil; rescue Exception; end
    begin; C0.instance_variable_set(:@k2, 38); rescue Exception; end
    begin; alias_method :m1, :each_pair; rescue Exception; end
  end
rescue Exception
end
begin
  def m2(a0, *rest, p0)
    p0
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v11 = :y4.send(:m3); rescue Exception; end
begin
  class << v1
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m4, :m5); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; C0.send(:undef_method, :each_pair); rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin
  class << v1
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v4.instance_eval(""); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
begin
  5.times do |i|
    begin; v12 = 1 + nil; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    GC.start
    begin
      def m8(a0)
        begin; v13 = [85]; rescue Exception; end
        GC.start
        a0
      end
    rescue Exception
    end
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
  C1.class_eval do
    begin; 10.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  r1001 = 0
  begin
    begin
      v14 = Class.new(C1) do
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        begin
          v15 = "s12".send(:each_byte, 7.5) do
            begin; self.m9(); rescue Exception; end
            41
          end
        rescue Exception
        end
        begin; v16 = (v15..v15).include?(v15); rescue Exception; end
        begin; alias_method :m10, :times; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1001 += 1
    retry if r1001 < 2
  end
rescue Exception
end
