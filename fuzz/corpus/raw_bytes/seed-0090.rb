begin
  class C0 < Hash
    begin; v0 = C0.new(55, k0: 3); rescue Exception; end
    begin
      class C1 < Array
        begin
          C1.send(:define_method, :m0) do
            begin; v1 = nil; rescue Exception; end
            true
          end
        rescue Exception
        end
        begin
          v2 = "s18".concat("s4") do |a0, o0 = 0|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; C0.send(:alias_method, :m1, :m1); rescue Exception; end
    begin; v3 = Range.instance_method(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v4 = 90.respond_to?(:m3, true); rescue Exception; end
begin; C0.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  v5 = lambda do |a0, &blk|
    begin; C1.send(:prepend, Comparable); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  def v5.m6(a0, a1)
    a1
  end
rescue Exception
end
begin
  class C2
    begin; v6 = Struct.new(:f0); rescue Exception; end
    begin
      class C3 < C1
        begin; v7 = nil.method(:m7); rescue Exception; end
      end
    rescue Exception
    end
    begin
      5.times do |i|
        begin
          r2 = 0
          begin
            begin; v8 = C3.new(); rescue Exception; end
          rescue => e
            begin
              v6.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
                o0
              end
            rescue Exception
            end
            begin; v9 = C0.new(); rescue Exception; end
            r2 += 1
            retry if r2 < 2
          ensure
            begin; v10 = C1.new("s1", v6); rescue Exception; end
            begin; v11 = v10.printf("s13"); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v12 = v6.dup; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v5.clone; rescue Exception; end
begin
  v14 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m7(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = v13.clone; rescue Exception; end
begin; p v15; rescue Exception; end
begin; self.public_send(:m3, v4, k0: 3); rescue Exception; end
begin; v16 = v14.clone; rescue Exception; end
begin; C0.send(:alias_method, :m8, :m9); rescue Exception; end
begin
  class << v4
    begin
      def m10(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          2.times do |i|
            begin
              C1.send(:define_method, :m9) do |a0, o0 = 0, *rest, k0: 1, &blk|
                (3..4)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          v17 = ->() do
            nil
          end
        rescue Exception
        end
        (2..2)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v16.m11()
    begin; v18 = C4.new(1); rescue Exception; end
    (2..6)
  end
rescue Exception
end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  class << v16
    begin; v19 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v20 = v14.singleton_class; rescue Exception; end
begin
  r3 = 0
  begin
    begin; v20.singleton_class.send(:undef_method, :m11); rescue Exception; end
    begin; v16.singleton_class.send(:alias_method, :m11, :"<="); rescue Exception; end
  rescue => e
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    begin; String.send(:alias_method, :m9, :printf); rescue Exception; end
    r3 += 1
    retry if r3 < 2
  ensure
    begin; v21 = 16.5; rescue Exception; end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m10, :printf); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v22 = Class.new(Hash) do
    begin; alias m7 printf; rescue Exception; end
    begin
      v23 = proc do |a0, a1|
        a0
      end
    rescue Exception
    end
    begin
      class << v23
        begin; v24 = 63.respond_to?(:m5); rescue Exception; end
      end
    rescue Exception
    end
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
begin; v25 = v5.dup; rescue Exception; end
begin
  class << v22
    begin; eval("begin; C0.send(:undef_method, :m7); rescue Exception; end"); rescue Exception; end
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
begin; v26 = {}; rescue Exception; end
