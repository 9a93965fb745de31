begin
  module M0
    begin; v0 = self.respond_to?(:inject); rescue Exception; end
    begin; String.send(:alias_method, :m0, :max); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v1 = :upcase; rescue Exception; end
begin; v2 = [[nil], [v1]].flatten; rescue Exception; end
begin
  Numeric.class_eval do
    begin; Integer.send(:alias_method, :m0, :inject); rescue Exception; end
  end
rescue Exception
end
begin; v3 = [v1, "s6", v1].sort { |x, y| y <=> x }; rescue Exception; end
begin
  def m0(a0)
    begin; Hash.send(:alias_method, :m1, :select); rescue Exception; end
    begin; v4 = nil; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m0, :max); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      def m0(a0, o0 = 0)
        begin; v5 = Object.new(); rescue Exception; end
        GC.start
        (3..6)
      end
    rescue Exception
    end
  rescue => e
    begin; v6 = 64; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; eval("begin\n  String.send(:define_method, :m2) do |a0, &blk|\n    begin\n      class << v2\n        begin\n          include Enumerable\n          def each\n            yield 1\n            yield 2\n            self\n          end\n        rescue Exception\n        end\n      end\n    rescue Exception\n    end\n    blk\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class << v3
    begin
      v7 = proc do |o0 = 0|
        begin; alias m3 select; rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v8 = v1.size(v3, v2); rescue Exception; end
begin; v9 = [v1, v1, v1].sort { |x, y| y <=> x }; rescue Exception; end
begin; v10 = {}; rescue Exception; end
begin
  v11 = Fiber.new do |x|
    Fiber.yield(x)
    v8
  end
rescue Exception
end
begin; Object.send(:alias_method, :m4, :max); rescue Exception; end
begin
  class << v8
    begin; K0 = :y4; rescue Exception; end
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
begin
  r1002 = 0
  begin
    begin; 100.times { |i| v10[i] = [i] }; rescue Exception; end
    begin
      Integer.send(:define_method, :m1) do |a0, &blk|
        begin; v12 = v10.respond_to?(:select); rescue Exception; end
        v9
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1002 += 1
    retry if r1002 < 2
  end
rescue Exception
end
begin
  def v10.m5(a0, *rest)
    begin; v13 = Object.instance_variable_get(:@k2); rescue Exception; end
    true
  end
rescue Exception
end
begin; v14 = v1.method(:m6); rescue Exception; end
begin
  begin
  rescue => e
    begin; v15 = Integer(v1); rescue Exception; end
  end
rescue Exception
end
begin; ($stash ||= []).concat(Array.new(3) { |j| "p#{j}" * 3 }); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m7, :m4); rescue Exception; end
begin
  begin
    begin
      5.times do |i|
        begin
          v16 = ->() do
            begin; v17 = Array.instance_method(:inject); rescue Exception; end
            21
          end
        rescue Exception
        end
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
        begin; v18 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  class C2
    begin
      v19 = lambda do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v20 = [self, v19, -0.5]; rescue Exception; end
    begin; C1.instance_variable_set(:@k2, (2..5)); rescue Exception; end
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
begin; 8.times { |i| v10[i] = [i] }; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  def v10.m8(a0, o0 = 0)
    a0
  end
rescue Exception
end
GC.start
