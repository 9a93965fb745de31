GC.start
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; "s19".m0(); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v0.instance_eval do
    begin; v1 = {:k0 => v0, :k1 => 17.5}; rescue Exception; end
  end
rescue Exception
end
begin; v2 = {:k0 => 13.5}; rescue Exception; end
begin
  v3 = proc do
    GC.start
    v2
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v4 = C0.new(); rescue Exception; end
    begin
      module M1
        begin; v5 = 67; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias m0 to_enum; rescue Exception; end
    begin; 100.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin; v6 = Hash.instance_method(:to_enum); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  v6.dig(v3, k0: 3) do |k0: 1|
    begin
      begin
        begin; C0.send(:alias_method, :m1, :ceildiv); rescue Exception; end
        begin; p v2; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v8 = Fiber.new do |x|
            begin; v7 = v0.respond_to?(:m2, true); rescue Exception; end
            Fiber.yield(x)
            true
          end
        rescue Exception
        end
        begin; v0.freeze; rescue Exception; end
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin
  class C2 < C0
    begin
      module M3
        begin; raise TypeError, "x"; rescue Exception; end
        begin; v9 = C2.new(:y1); rescue Exception; end
      end
    rescue Exception
    end
    begin; alias m3 m3; rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m4, :dig); rescue Exception; end
begin; v10 = "s17"; rescue Exception; end
begin
  v11 = proc do |a0|
    begin
      module M4
        begin; alias m5 to_enum; rescue Exception; end
      end
    rescue Exception
    end
    :y1
  end
rescue Exception
end
begin; v12 = true; rescue Exception; end
begin; v13 = Struct.new(:f0, :f1); rescue Exception; end
begin; v13.send(:alias_method, :m5, :m6); rescue Exception; end
begin
  class << v13
    begin
      v14 = 58.to_s(true, k0: 3) do |a0|
        :y2
      end
    rescue Exception
    end
    begin; K0 = nil; rescue Exception; end
    begin; v15 = []; rescue Exception; end
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m7) do |a0, o0 = 0|
    begin; v2.singleton_class.send(:alias_method, :m8, :dig); rescue Exception; end
    v11
  end
rescue Exception
end
begin
  C0.send(:define_method, :m3) do |a0, a1|
    begin; v16 = v10.clone; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Array.send(:alias_method, :m2, :dig); rescue Exception; end
begin; v3.extend(M3); rescue Exception; end
begin; v17 = v6.bind(v0); rescue Exception; end
begin; v18 = v17.to_proc; rescue Exception; end
begin
  10.times do |i|
    begin; v11.singleton_class.send(:alias_method, :m9, :m2); rescue Exception; end
    begin
      class << v2
        begin; v19 = Object.new(-1.5, k0: 3); rescue Exception; end
        begin
          class << v19
            begin; v20 = (4..5); rescue Exception; end
            begin; K1 = v20; rescue Exception; end
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
  v21 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin
  def v11.m2(a0, *rest)
    GC.start
    rest
  end
rescue Exception
end
begin
  class << v11
    begin; v22 = {:k0 => (0..0), :k1 => 84}; rescue Exception; end
    begin; v23 = String.instance_method(:m9); rescue Exception; end
  end
rescue Exception
end
begin; v24 = self.respond_to?(:m10, true); rescue Exception; end
