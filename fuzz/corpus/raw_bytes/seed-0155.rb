begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v0 = :y2.send(:size, nil, :y2) do |a0, o0 = 0|
        begin; 100.times { |i| { i => i } }; rescue Exception; end
        nil
      end
    rescue Exception
    end
    GC.start
    begin; v1 = [:y3, v0]; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = lambda do |a0, o0 = 0|
    begin
      v3 = Fiber.new do |x|
        begin; C0.send(:remove_method, :m0); rescue Exception; end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m1) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :clamp); rescue Exception; end
begin
  def m3()
    :y5
  end
rescue Exception
end
begin
  def m0()
    begin; v4 = true.method(:clamp); rescue Exception; end
    14.5
  end
rescue Exception
end
begin; v5 = v2.respond_to?(:m2); rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; v6 = true; rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin; v7 = -1.5; rescue Exception; end
begin; v8 = {:k0 => v6, :k1 => :y2}; rescue Exception; end
begin; v8.singleton_class.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; v9 = v2.dup; rescue Exception; end
begin
  class Hash
    begin; alias m5 compact; rescue Exception; end
  end
rescue Exception
end
begin; v9.instance_variable_set(:@i0, v2); rescue Exception; end
begin; v8["s7"] = v2; rescue Exception; end
begin
  class C1
    begin; v10 = C1.new((1..2)); rescue Exception; end
    begin
      class C2 < Array
        begin
          class Hash
            begin; alias m2 compact; rescue Exception; end
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m2, :compact); rescue Exception; end
        begin; alias m1 combination; rescue Exception; end
        begin
          2.times do |i|
            begin
              def self.m6()
                :y1
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = C0.new(1); rescue Exception; end
begin; C2.send(:alias_method, :m2, :m2); rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; v12 = Struct.new(:f0); rescue Exception; end
begin; v11.singleton_class.send(:define_method, :m7, v2); rescue Exception; end
begin
  5.times do |i|
    begin; v13 = [i, v5]; rescue Exception; end
  end
rescue Exception
end
begin
  v8.singleton_class.send(:define_method, :m8) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
begin
  self.send(:m3, 54) do |o0 = 0|
    v6
  end
rescue Exception
end
begin; self.send(:m9, 1); rescue Exception; end
begin; v14 = C0.new(); rescue Exception; end
begin; v15 = "s19"; rescue Exception; end
begin; v15.singleton_class.send(:alias_method, :m0, :clamp); rescue Exception; end
