begin
  v1 = :y1.to_sym(true, true) do |a0, &blk|
    begin; v0 = {}; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v2 = proc do |a0, a1|
    begin; Object.class_variable_set(:@@k0, v1); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = {:k0 => 95, :k1 => nil}; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; Integer.send(:define_method, :m0, v2); rescue Exception; end
begin; v5 = []; rescue Exception; end
GC.start
begin
  class << v1
    begin
      def self.m1(a0, &blk)
        begin; v6 = Object.new(k0: 2); rescue Exception; end
        begin; 10.times { |i| proc { i } }; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v7 = 1 + 79; rescue Exception; end
  end
rescue Exception
end
begin; v8 = nil; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
begin; v10 = v3.singleton_class; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v11 = []; rescue Exception; end
begin; v12 = Object.new(); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin
  begin
    begin; v13 = v4.instance_variable_get(:@i2); rescue Exception; end
  rescue => e
    begin
      v14 = Class.new(Numeric) do
        begin
          v16 = Fiber.new do |x|
            begin; v15 = "s6"; rescue Exception; end
            Fiber.yield(x)
            81
          end
        rescue Exception
        end
        begin; v17 = v16.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
    begin; v11 << v5; rescue Exception; end
  ensure
    begin; v4.freeze; rescue Exception; end
  end
rescue Exception
end
begin; v10.singleton_class.send(:alias_method, :m3, :">"); rescue Exception; end
begin; v2.singleton_class.send(:undef_method, :m0); rescue Exception; end
begin
  class << v10
    begin; alias m2 strip; rescue Exception; end
    begin; C0.instance_variable_set(:@k1, true); rescue Exception; end
  end
rescue Exception
end
begin; v18 = C0.new(k0: v2); rescue Exception; end
begin
  def m2(a0, a1)
    begin; v19 = :y5; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v20 = ->(a0, &blk) do
    blk
  end
rescue Exception
end
begin; v21 = true == "s11"; rescue Exception; end
begin; v8.m4(50, *v11, k0: 3); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m5, :message); rescue Exception; end
begin; C0.send(:alias_method, :m6, :message); rescue Exception; end
