begin; v0 = {:k0 => -3, :k1 => nil}; rescue Exception; end
begin; 8.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  class << v0
    begin
      v1 = Fiber.new do |x|
        begin; alias_method :m0, :message; rescue Exception; end
        begin; Range.send(:alias_method, :m0, :merge); rescue Exception; end
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = [50, "s10", :y5]; rescue Exception; end
    begin
      class C1 < StandardError
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
    begin; alias m1 zero?; rescue Exception; end
    begin; Hash.send(:alias_method, :m1, :open); rescue Exception; end
  end
rescue Exception
end
begin; v3 = C1.new(); rescue Exception; end
GC.start
begin; v3.send(:"==", 1); rescue Exception; end
begin; v4 = [99]; rescue Exception; end
begin
  begin
    begin; v5 = C1.instance_method(:m2); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; C1.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  class << v3
    begin
      v6 = proc do
        begin; v7 = C0.new(); rescue Exception; end
        :y0
      end
    rescue Exception
    end
    begin; v8 = v6.respond_to?(:m0, true); rescue Exception; end
    begin
      v9 = v8.method(:m3).call(1) do |a0|
        begin; alias_method :m4, :merge; rescue Exception; end
        begin; 100.times { |i| Object.new }; rescue Exception; end
        :y5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m4, :open); rescue Exception; end
begin; C1.send(:alias_method, :m5, :merge); rescue Exception; end
begin
  def v3.m6()
    begin
      v13 = Fiber.new do |x|
        begin
          v10 = lambda do |a0, &blk|
            begin; v11 = (2..6).cover?(k0: 2); rescue Exception; end
            begin; v12 = Struct.new(:f0, :f1); rescue Exception; end
            a0
          end
        rescue Exception
        end
        Fiber.yield(x)
        5
      end
    rescue Exception
    end
    (1..2)
  end
rescue Exception
end
begin; eval("begin\n  class << v0\n    begin\n      v14 = proc do |k0: 1, **kws|\n        begin; alias m7 message; rescue Exception; end\n        k0\n      end\n    rescue Exception\n    end\n    begin\n      class << v14\n        begin; Array.send(:alias_method, :m8, :merge); rescue Exception; end\n        begin; v15 = {}; rescue Exception; end\n        begin; 100.times { |i| { i => i } }; rescue Exception; end\n      end\n    rescue Exception\n    end\n    begin\n      class << v14\n        begin; alias_method :m9, :m8; rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  v16 = ->(k0: 1) do
    k0
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  C0.send(:define_method, :m10) do |a0, o0 = 0, *rest, k0: 1, &blk|
    :y4
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m11, :merge); rescue Exception; end
begin
  v18 = v0.public_send(:delete_if, *v4) do |a0, a1|
    begin; v17 = C0.new(); rescue Exception; end
    :y3
  end
rescue Exception
end
begin
  1.times do |i|
    begin
      v19 = lambda do |a0, a1|
        begin; v20 = 28; rescue Exception; end
        begin
          v21 = Fiber.new do |x|
            Fiber.yield(x)
            "s2"
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v16.m7()
    begin; C1.send(:prepend, Comparable); rescue Exception; end
    "s10"
  end
rescue Exception
end
begin; v22 = Numeric.instance_method(:m10); rescue Exception; end
begin
  def m3(a0, a1)
    begin
      3.times do |i|
        begin
          v23 = Proc.new do |a0, *rest, p0|
            begin; v24 = Object.new(1); rescue Exception; end
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v25 = [nil, nil, nil]; rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
