begin; v0 = 8.5.public_send(:">="); rescue Exception; end
begin
  def m0(a0)
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; v1 = "s8".send(:setbyte); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v2 = {:k0 => v0}; rescue Exception; end
begin; v3 = v2.length(**v2); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m0, :clamp); rescue Exception; end
begin
  String.class_eval do
    begin
      def self.m0()
        82
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m0, :clamp); rescue Exception; end
begin
  class << v2
    begin; v4 = Object.new(14.5); rescue Exception; end
    begin; v5 = v4.clone; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v2[i] = [i] }; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      module M0
        begin
          def m1(a0)
            begin; raise RuntimeError, "x"; rescue Exception; end
            :y2
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      Hash.class_eval do
        begin; p v0; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m0(a0)
        31
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r2 = 0
  begin
  rescue => e
    begin; v7 = v0.respond_to?(:m1); rescue Exception; end
    r2 += 1
    retry if r2 < 2
  ensure
    begin; v8 = Object.instance_variable_get(:@k2); rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  class Hash
    begin; alias m2 compact; rescue Exception; end
  end
rescue Exception
end
begin; v9 = [v6, v0].sort; rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; K0 = v6; rescue Exception; end
GC.start
begin; v10 = Object.new(v6); rescue Exception; end
begin
  v11 = Fiber.new do |x|
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; v12 = nil; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; Range.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v13 = Object.new(1); rescue Exception; end
begin
  def v2.m3()
    begin; v14 = Object.new(); rescue Exception; end
    :y3
  end
rescue Exception
end
begin; v15 = v10.method(:m4).call(v13); rescue Exception; end
begin
  class C1
    begin
      Object.send(:define_method, :m5) do |a0, a1|
        begin; v16 = 27.respond_to?(:m6, true); rescue Exception; end
        begin; v17 = {}; rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10.singleton_class.send(:remove_method, :compact); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    GC.start
  end
rescue Exception
end
