begin
  Integer.send(:define_method, :m0) do
    13.5
  end
rescue Exception
end
begin; C0.send(:remove_method, :m1); rescue Exception; end
begin; v0 = [(2..6), 65]; rescue Exception; end
begin
  v2 = Fiber.new do |x|
    begin
      class << v0
        begin
          def m1()
            GC.start
            begin; p self; rescue Exception; end
            "s19"
          end
        rescue Exception
        end
        begin; v1 = Numeric.instance_method(:compact); rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin; C0.send(:undef_method, :m4); rescue Exception; end
begin; v3 = v2.m4(); rescue Exception; end
begin
  class << v3
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin
      def m3(a0)
        begin; v4 = Object.instance_variable_get(:@k2); rescue Exception; end
        begin; Object.const_set(:K1, a0); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Array
    begin; alias m0 repeated_combination; rescue Exception; end
    begin; alias_method :m5, :compact; rescue Exception; end
  end
rescue Exception
end
begin; v5 = true; rescue Exception; end
begin; v6 = v0.clone; rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v2
    begin
      def self.m6()
        -1.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  Object.send(:define_method, :m7) do |a0, *rest, p0|
    begin; v8 = :upcase; rescue Exception; end
    p0
  end
rescue Exception
end
begin
  v7.instance_eval do
  end
rescue Exception
end
begin; v9 = [true, v3].uniq.size; rescue Exception; end
begin
  class << v0
    begin
      def m8(a0, &blk)
        begin; raise ArgumentError, "x"; rescue Exception; end
        begin; Array.send(:alias_method, :m9, :rstrip); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v10 = 13.5.respond_to?(:m0); rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = proc do
    begin
      3.times do |i|
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v13 = v7.new(*v6); rescue Exception; end
begin; v14 = nil; rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m5, :rstrip); rescue Exception; end
begin
  Range.class_eval do
    begin; v15 = [v6, -1.5, K0]; rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :rstrip); rescue Exception; end
begin; v7.send(:undef_method, :m10); rescue Exception; end
begin
  class Hash
    begin; alias m8 compact; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v7.extend(Comparable); rescue Exception; end
