GC.start
begin; v0 = true.method(:m0); rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :m1); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m2(a0, a1)
        begin; v2 = C0.instance_method(:m2); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v3 = 13.5.send(:">", :y2, 45); rescue Exception; end
    begin; C0.send(:undef_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  def m4()
    begin; v4 = C0.new(7.5, "s2"); rescue Exception; end
    begin
      v5 = proc do
        begin
          v6 = Fiber.new do |x|
            Fiber.yield(x)
            6.5
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
    10
  end
rescue Exception
end
begin; Array.send(:define_method, :m2, v0); rescue Exception; end
begin; 30.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m5, :gsub); rescue Exception; end
begin
  begin
  rescue => e
    begin
      module M1
        begin
          class C2 < Hash
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin; K0 = "s18"; rescue Exception; end
        begin; v7 = C2.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v1.m6(e); rescue Exception; end
  end
rescue Exception
end
begin; v0.public_send(:arity); rescue Exception; end
begin; v8 = v1.dup; rescue Exception; end
begin; p (3..7); rescue Exception; end
begin; Comparable.send(:alias_method, :m1, :"=="); rescue Exception; end
begin
  class << v8
    begin
      module M3
        begin
          def m7()
            begin; v9 = 52.method(:gsub); rescue Exception; end
            "s10"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin
      v10 = ->(a0) do
        begin; v11 = a0.respond_to?(:extend); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v8.singleton_class.send(:define_method, :m8) do
    begin; v12 = []; rescue Exception; end
    v1
  end
rescue Exception
end
begin
  C0.send(:define_method, :m5) do |a0|
    begin
      v13 = ->(a0, *rest, p0) do
        p0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  class << v1
    begin; C2.send(:alias_method, :m9, :gsub); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      begin
        begin; v14 = C2.new(); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = C0.new(k0: 2); rescue Exception; end
begin
  v16 = ->(o0 = 0) do
    begin; v17 = Object.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  class << v8
    begin; self.send(:m0, 1); rescue Exception; end
  end
rescue Exception
end
begin
  def v16.m8(a0, *rest)
    a0
  end
rescue Exception
end
begin; 8.times { |i| v8.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
begin; v18 = v15.public_send(:m10, k0: 2); rescue Exception; end
begin
  class String
    begin; alias m11 gsub; rescue Exception; end
  end
rescue Exception
end
begin
  def v16.m7(a0, *rest, p0)
    begin
      74.downto(k0: 2) do |o0 = 0|
        begin; v19 = 95.m7(1); rescue Exception; end
        o0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
