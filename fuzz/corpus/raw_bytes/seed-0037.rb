begin; ($stash ||= []).concat(Array.new(4) { |j| [j, "a#{j}"] }); rescue Exception; end
GC.start
begin
  Array.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    GC.start
    rest
  end
rescue Exception
end
begin; v0 = nil; rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C1 < Numeric
        begin; v2 = 26; rescue Exception; end
        begin; alias m0 anybits?; rescue Exception; end
        begin
          C1.send(:define_method, :m1) do |a0|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m2, :eql?); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = lambda do |a0, &blk|
    begin; v4 = true; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  module M2
    begin; p 56; rescue Exception; end
    begin; v5 = C0.new(); rescue Exception; end
    begin
      v6 = Proc.new do |a0|
        begin
          class C3
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
        v5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = Fiber.new do |x|
    begin
      30.times do |i|
        begin
          def v1.m1(a0, o0 = 0, *rest, k0: 1, &blk)
            :y5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; C0.send(:include, M2); rescue Exception; end
begin; v8 = v1.new(v1, k0: 3); rescue Exception; end
begin; v9 = v3.method(:tap); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  v10 = 11.m1("s12") do |a0, o0 = 0, *rest, k0: 1, &blk|
    v3
  end
rescue Exception
end
begin
  v11 = lambda do |o0 = 0|
    v9
  end
rescue Exception
end
GC.start
