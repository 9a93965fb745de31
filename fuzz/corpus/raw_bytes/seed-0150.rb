GC.start
begin; v0 = {:k0 => self}; rescue Exception; end
begin
  String.send(:define_method, :m0) do |k0: 1|
    nil
  end
rescue Exception
end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v1 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m1) do
        begin
          v2 = proc do
            begin
              def m1(a0, o0 = 0)
                "s17"
              end
            rescue Exception
            end
            true
          end
        rescue Exception
        end
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  Object.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin; v0[34] = :y2; rescue Exception; end
begin
  begin
    begin
      5.times do |i|
        begin; v3 = []; rescue Exception; end
        begin; v4 = Struct.new(:f0); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = {:k0 => "s7"}; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  C0.send(:define_method, :m3) do |a0, &blk|
    14.5
  end
rescue Exception
end
GC.start
begin
  module M1
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
begin
  class Exception
    begin; alias_method :m1, :message; rescue Exception; end
    begin; alias_method :m0, :message; rescue Exception; end
  end
rescue Exception
end
begin
  v6 = v0.send(:values_at, "s12", self) do |a0|
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
