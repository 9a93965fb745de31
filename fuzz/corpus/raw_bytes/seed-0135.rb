begin; String.send(:alias_method, :m0, :min_by); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      def m1(a0, o0 = 0)
        begin; v1 = :upcase; rescue Exception; end
        "s18"
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m2, :message); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :min_by); rescue Exception; end
begin; v2 = "s11"; rescue Exception; end
begin; v3 = v0.respond_to?(:m3, true); rescue Exception; end
begin
  begin
    begin; K0 = v3; rescue Exception; end
  rescue => e
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  v4 = proc do |a0, &blk|
    v0
  end
rescue Exception
end
begin
  class Integer
    begin; alias_method :m4, :digits; rescue Exception; end
  end
rescue Exception
end
begin; p v4; rescue Exception; end
begin
  v5 = v0.m3(1) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v2.extend(Comparable); rescue Exception; end
begin
  v8 = Fiber.new do |x|
    begin; v6 = v2.dup; rescue Exception; end
    begin
      30.times do |i|
        begin; v7 = []; rescue Exception; end
        begin
          class << v7
            begin; K1 = 23; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; self.m2(&v4); rescue Exception; end
begin
  def v4.m5(k0: 1, **kws)
    (0..5)
  end
rescue Exception
end
begin
  def m6(a0, *rest)
    rest
  end
rescue Exception
end
GC.start
begin
  class Exception
    begin; alias_method :m7, :message; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Hash
    begin; v9 = {:k0 => (0..2)}; rescue Exception; end
  end
rescue Exception
end
begin
  3.times do |i|
    begin; C1.send(:prepend, M0); rescue Exception; end
    begin; v4.instance_eval(""); rescue Exception; end
  end
rescue Exception
end
GC.start
