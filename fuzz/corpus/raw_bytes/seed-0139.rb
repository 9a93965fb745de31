begin
  module M0
    begin; v0 = Object.new(); rescue Exception; end
    begin
      v1 = lambda do
        begin
          v2 = lambda do
            v0
          end
        rescue Exception
        end
        begin; v0.instance_variable_set(:@i0, v2); rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin
      def v1.m0(a0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = []; rescue Exception; end
begin
  Range.send(:define_method, :m0) do |a0, &blk|
    a0
  end
rescue Exception
end
begin; v5 = v4.respond_to?(:m1); rescue Exception; end
GC.start
begin; v4 << v5; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin
  v7 = Fiber.new do |x|
    Fiber.yield(x)
    v6
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v8 = i.respond_to?(:m0); rescue Exception; end
    begin; v9 = Integer(i); rescue Exception; end
  end
rescue Exception
end
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v11 = Object.new(k0: 2); rescue Exception; end
begin; v12 = "s2"; rescue Exception; end
begin
  module M1
    begin; v13 = 32.respond_to?(:m2); rescue Exception; end
    begin; v14 = v13.m1(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v10
    begin; alias_method :m3, :"!~"; rescue Exception; end
  end
rescue Exception
end
begin; v15 = 2.5; rescue Exception; end
begin
  def m4(a0, *rest)
    nil
  end
rescue Exception
end
begin
  module M2
    begin; Range.send(:alias_method, :m5, :m6); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  Integer.class_eval do
    begin; K0 = 49; rescue Exception; end
  end
rescue Exception
end
begin; v3.method(:m7).call(); rescue Exception; end
begin; Object.instance_variable_set(:@k0, true); rescue Exception; end
begin
  v16 = proc do |a0|
    a0
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      5.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v17 = :y5.respond_to?(:m1); rescue Exception; end
begin; v18 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class C3 < Array
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
      C3.send(:define_method, :m8) do |a0, &blk|
        begin
          def m9(a0, &blk)
            blk
          end
        rescue Exception
        end
        a0
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
begin; v19 = Struct.new(:f0, :f1); rescue Exception; end
