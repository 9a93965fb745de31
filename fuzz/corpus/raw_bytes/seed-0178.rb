begin; ($stash ||= []).concat(Array.new(9) { |j| Object.new }); rescue Exception; end
GC.start
GC.start
begin; v0 = ["s18", :y2].max; rescue Exception; end
begin; v1 = Object.new(k0: self); rescue Exception; end
begin; v2 = Integer.instance_method(:p); rescue Exception; end
begin; K0 = 3; rescue Exception; end
GC.start
begin
  begin
    begin; M0.send(:remove_method, :p); rescue Exception; end
  rescue => e
  ensure
    begin
      v3 = Fiber.new do |x|
        begin; Integer.send(:alias_method, :m0, :select); rescue Exception; end
        Fiber.yield(x)
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin
  GC.start
  def hold1
    x = nil
    pr = proc { x }
    GC.start
    x = $stash.shift
    pr
  end
  h1 = hold1
rescue Exception
end
begin
  module M0
    begin; p 9; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      v5 = self.m1() do |a0, a1|
        begin; v4 = Object.new(a1, k0: 3); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin; Object.extend(Enumerable); rescue Exception; end
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
GC.start
