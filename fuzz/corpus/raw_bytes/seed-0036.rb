GC.start
begin; v0 = 74.respond_to?(:m0); rescue Exception; end
begin
  module M0
    begin; v1 = Object.new(); rescue Exception; end
    begin
      v2 = proc do |a0|
        begin; 50.times { |i| [i, i] }; rescue Exception; end
        begin
          def v1.m1(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; Object.send(:include, M0); rescue Exception; end
            nil
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
  5.times do |i|
    begin; v3 = [nil, v0]; rescue Exception; end
  end
rescue Exception
end
begin; v4 = {}; rescue Exception; end
begin
  module M1
    begin; v5 = 12.respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v6 = v4.singleton_class; rescue Exception; end
GC.start
begin; 100.times { |i| proc { i } }; rescue Exception; end
GC.start
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v7 = 73; rescue Exception; end
begin; v6.send(:alias_method, :m3, :step); rescue Exception; end
begin; v8 = v4.clone; rescue Exception; end
begin; v9 = v6.instance_variable_get(:@i1); rescue Exception; end
begin
  class << v9
    begin; String.send(:alias_method, :m4, :m5); rescue Exception; end
    GC.start
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
  v10 = v0.m6(k0: v6) do |a0, a1|
    begin; v6.send(:alias_method, :m7, :"%"); rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  class << v6
    begin
      v11 = ->(a0) do
        begin; v12 = [a0]; rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; v13 = v11.inspect(); rescue Exception; end
  end
rescue Exception
end
begin
  class C2
    begin; v14 = C2.new(); rescue Exception; end
    begin; v15 = C2.instance_method(:step); rescue Exception; end
    begin
      def m0(a0, o0 = 0)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = v8.singleton_class; rescue Exception; end
begin
  v17 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      module M4
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v18 = C3.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v19 = nil; rescue Exception; end
    begin
      class C5
        begin
          v21 = Fiber.new do |x|
            begin; v20 = :upcase; rescue Exception; end
            Fiber.yield(x)
            11.5
          end
        rescue Exception
        end
        begin; String.extend(M4); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v22 = v8.clone; rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m8, :m0); rescue Exception; end
begin; v23 = v4.respond_to?(:m7); rescue Exception; end
