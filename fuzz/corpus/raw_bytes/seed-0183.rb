GC.start
begin; v0 = [88, 92]; rescue Exception; end
begin
  class << v0
    begin; v1 = :y2; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin; Enumerable.send(:alias_method, :m0, :to_a); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
GC.start
begin
  class << v2
    begin; v3 = Object.new((3..8)); rescue Exception; end
    begin
      Numeric.send(:define_method, :m1) do
        begin
          v4 = Fiber.new do |x|
            Fiber.yield(x)
            v3
          end
        rescue Exception
        end
        begin; v5 = [:y2]; rescue Exception; end
        v3
      end
    rescue Exception
    end
    begin; v6 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; 30.times { |i| v0 << i.to_s }; rescue Exception; end
begin; self.public_send(:m2); rescue Exception; end
begin; v7 = 57; rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin
  String.send(:define_method, :m3) do |a0, a1|
    begin; Array.send(:alias_method, :m0, :transform_keys!); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v0.singleton_class.send(:define_method, :m4) do
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    v8
  end
rescue Exception
end
begin
  module M0
    begin; v9 = [11.5]; rescue Exception; end
    begin; M0.send(:undef_method, :m5); rescue Exception; end
    begin
      class C1 < Array
        begin
          class C2 < C1
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin; v10 = 26.respond_to?(:m2); rescue Exception; end
            begin; p v10; rescue Exception; end
          end
        rescue Exception
        end
        begin
          C1.send(:define_method, :m6) do
            begin; alias m7 bsearch_index; rescue Exception; end
            59
          end
        rescue Exception
        end
        begin; Object.send(:alias_method, :m8, :"<="); rescue Exception; end
        begin; Range.send(:alias_method, :m9, :to_a); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v8
    begin
      v11 = proc do |a0, *rest, p0|
        begin; v12 = (3..8).respond_to?(:m10, true); rescue Exception; end
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        6
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; true.m6(); rescue Exception; end
begin
  def m11(a0, a1)
    begin; Range.send(:alias_method, :m3, :transform_keys!); rescue Exception; end
    begin; Object.send(:alias_method, :m7, :to_a); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m7, :"<="); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  class C3 < C1
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
begin
  class << v0
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
      10.times do |i|
        begin
          r1 = 0
          begin
            begin; v13 = "s2"; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            r1 += 1
            retry if r1 < 2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v14 = C2.new(); rescue Exception; end
  end
rescue Exception
end
begin; v15 = true.respond_to?(:m4); rescue Exception; end
begin; v16 = 56; rescue Exception; end
begin
  30.times do |i|
    begin; v17 = v2.send(:m7); rescue Exception; end
  end
rescue Exception
end
begin; v18 = {:k0 => v8}; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; v18.singleton_class.send(:alias_method, :m9, :to_a); rescue Exception; end
  end
rescue Exception
end
begin; v18["s11"] = v8; rescue Exception; end
begin; v0 << 54; rescue Exception; end
