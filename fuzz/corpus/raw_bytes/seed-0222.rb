GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |a0, &blk|
    begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
    begin
      class << v0
        begin; v2 = 1.respond_to?(:m2); rescue Exception; end
        begin
          class << v2
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
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v3 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
    begin
      C0.send(:define_method, :m2) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v4 = proc do |a0|
    18.5
  end
rescue Exception
end
begin; v4.freeze; rescue Exception; end
begin; v5 = Struct.new(:f0); rescue Exception; end
begin
  def m1(a0, a1)
    begin; v6 = C0.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v5.send(:include, Comparable); rescue Exception; end
begin
  v7 = ->() do
    begin
      v8 = Fiber.new do |x|
        Fiber.yield(x)
        self
      end
    rescue Exception
    end
    begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
    v4
  end
rescue Exception
end
begin; v10 = {:k0 => v0, :k1 => v3}; rescue Exception; end
begin
  v11 = v4.send(:eql?, true) do |a0, &blk|
    begin
      v3.send(:define_method, :m3) do |a0, *rest, p0|
        begin; v5.method(:attached_object).call(1); rescue Exception; end
        begin; C0.send(:undef_method, :message); rescue Exception; end
        "s7"
      end
    rescue Exception
    end
    v10
  end
rescue Exception
end
begin; v12 = C0.new(**v10); rescue Exception; end
begin; v13 = v5.new(**v10); rescue Exception; end
GC.start
begin
  v14 = self.m4(**v10) do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin; v15 = v10.dup; rescue Exception; end
begin
  class Exception
    begin; alias_method :m5, :message; rescue Exception; end
  end
rescue Exception
end
begin
  v16 = ->(a0, *rest, p0) do
    begin; v17 = Struct.new(:f0, :f1); rescue Exception; end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    v5
  end
rescue Exception
end
begin; v18 = nil; rescue Exception; end
begin; v19 = self.respond_to?(:m6, true); rescue Exception; end
begin; v15[true] = v1; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :message); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m7, :then); rescue Exception; end
GC.start
GC.start
