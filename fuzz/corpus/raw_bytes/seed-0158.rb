GC.start
begin
  module M0
    begin; p "s3"; rescue Exception; end
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m0, :max; rescue Exception; end
    begin; alias_method :m0, :max; rescue Exception; end
  end
rescue Exception
end
begin
  v0 = ->(a0) do
    (3..6)
  end
rescue Exception
end
begin; v0.send(:call, v0, v0); rescue Exception; end
begin; p -0.5; rescue Exception; end
begin
  v1 = lambda do
    v0
  end
rescue Exception
end
begin
  begin
    begin
      v2 = Class.new(Numeric) do
        begin
          v3 = ->() do
            true
          end
        rescue Exception
        end
        begin
          class << v3
            begin; alias_method :m1, :max; rescue Exception; end
            begin; v4 = true; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class << v3
            begin; v5 = Object.new(true, 51); rescue Exception; end
          end
        rescue Exception
        end
        begin; v6 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      class << v1
        begin
          def m2(a0, a1)
            2.5
          end
        rescue Exception
        end
        begin
          v7 = proc do |a0, a1|
            begin; v8 = 10.5.respond_to?(:m3, true); rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; v9 = { v7 => 1, v7 => 2 }[v7]; rescue Exception; end
      end
    rescue Exception
    end
    begin; v10 = {}; rescue Exception; end
  end
rescue Exception
end
begin
  Numeric.send(:define_method, :m3) do
    99
  end
rescue Exception
end
begin; C1.send(:include, Comparable); rescue Exception; end
begin; v11 = [v1, v0, v0]; rescue Exception; end
begin
  v12 = ->(k0: 1, **kws) do
    begin; v13 = C1.new(); rescue Exception; end
    v1
  end
rescue Exception
end
begin; Object.send(:alias_method, :m4, :max); rescue Exception; end
begin; v14 = v12.call(k0: nil); rescue Exception; end
begin; C1.instance_variable_set(:@k1, v14); rescue Exception; end
begin
  v15 = proc do
    begin; v16 = 1 + "s0"; rescue Exception; end
    begin; v17 = {}; rescue Exception; end
    self
  end
rescue Exception
end
begin; v18 = {}; rescue Exception; end
begin; v19 = ["s17", v0, "s17"].sort { |x, y| y <=> x }; rescue Exception; end
begin
  class Range
    begin; alias_method :m5, :max; rescue Exception; end
  end
rescue Exception
end
begin
  v20 = Class.new(Hash) do
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
      class C3 < StandardError
        begin; C3.send(:alias_method, :m6, :puts); rescue Exception; end
      end
    rescue Exception
    end
    begin; v21 = C3.new(); rescue Exception; end
  end
rescue Exception
end
begin; v22 = Float(true); rescue Exception; end
begin; v23 = Struct.new(:f0); rescue Exception; end
GC.start
begin; p "s8"; rescue Exception; end
begin
  class C4
    begin
      v24 = lambda do |a0, o0 = 0|
        begin; v25 = C3.instance_method(:center); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
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
