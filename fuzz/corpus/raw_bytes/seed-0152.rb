GC.start
begin
  Object.class_eval do
    begin
      String.send(:define_method, :m0) do |a0, o0 = 0|
        begin; v0 = Object.new(80); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v1 = Hash.instance_method(:"=="); rescue Exception; end
  end
rescue Exception
end
begin; v2 = :y5.m1(1); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v3 = C0.new(); rescue Exception; end
    begin
      def m2(k0: 1)
        k0
      end
    rescue Exception
    end
    begin; v4 = 44.respond_to?(:succ); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  C0.send(:define_method, :m5) do
    begin; v5 = "s12"; rescue Exception; end
    begin
      class << v5
        begin; alias m6 succ; rescue Exception; end
        begin; alias m7 succ; rescue Exception; end
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
    v2
  end
rescue Exception
end
begin
  10.times do |i|
    begin; p i; rescue Exception; end
    begin
      class << v2
        begin; v6 = Object.new(k0: :y3); rescue Exception; end
        begin; v7 = Object.new(); rescue Exception; end
        begin; C0.send(:undef_method, :m8); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m9, :m10); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  class << v2
    begin
      class C1 < Hash
        begin; v8 = nil; rescue Exception; end
        begin; v9 = v8.m0(v8); rescue Exception; end
        begin
          v10 = lambda do |a0, a1|
            begin
              def m3(k0: 1, **kws)
                kws
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
    begin; v11 = C0.new(); rescue Exception; end
    begin; C0.send(:remove_method, :m0); rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; C1.send(:alias_method, :m0, :m4); rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v12 = C1.new(); rescue Exception; end
begin
  v13 = v2.m11() do |a0, a1|
    a1
  end
rescue Exception
end
begin
  v14 = lambda do |a0, &blk|
    begin; v15 = Struct.new(:f0); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v14.instance_eval("begin\n  class << v13\n    begin; v16 = 53; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  v17 = proc do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin; v18 = v17.instance_variable_get(:@i0); rescue Exception; end
begin; v19 = v14.respond_to?(:none?); rescue Exception; end
begin; v20 = []; rescue Exception; end
begin; Enumerable.send(:alias_method, :m7, :none?); rescue Exception; end
begin; v21 = v12.respond_to?(:m5); rescue Exception; end
begin
  v22 = proc do |a0|
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin; Range.send(:alias_method, :m1, :m8); rescue Exception; end
    v13
  end
rescue Exception
end
begin; K1 = 31; rescue Exception; end
begin; v23 = Object.new(v2, *v20, k0: 3); rescue Exception; end
begin; v23.freeze; rescue Exception; end
begin; v24 = v19.method(:m1); rescue Exception; end
begin; C1.send(:alias_method, :m2, :succ); rescue Exception; end
