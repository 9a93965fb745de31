GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v1 = Object.new(true, k0: 3); rescue Exception; end
begin
  class << v1
    GC.start
    begin; Hash.send(:alias_method, :m0, :m0); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin; eval("begin; v3 = v2.clone; rescue Exception; end"); rescue Exception; end
begin; v4 = {}; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  class << v2
    begin; v5 = 54.respond_to?(:m1, true); rescue Exception; end
    begin
      v6 = lambda do |a0, &blk|
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v1; rescue Exception; end
begin
  Integer.class_eval do
    begin; v0.singleton_class.send(:alias_method, :m1, :puts); rescue Exception; end
    begin; v7 = v1.clone; rescue Exception; end
  end
rescue Exception
end
begin
  def m0(a0)
    begin; v8 = 51; rescue Exception; end
    begin
      2.times do |i|
        begin; Hash.send(:alias_method, :m2, :"<="); rescue Exception; end
      end
    rescue Exception
    end
    "s13"
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  v9 = proc do |a0, a1|
    begin; eval("begin\n  class C0 < Numeric\n    begin\n      def coerce(a0)\n        a0\n      end\n    rescue Exception\n    end\n    begin; K1 = 77; rescue Exception; end\n    GC.start\n    begin; C0.send(:undef_method, :m3); rescue Exception; end\n    begin; Numeric.send(:alias_method, :m0, :to_a); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v4[6.5] = v4; rescue Exception; end
GC.start
begin
  C0.class_eval do
    begin; v9.singleton_class.send(:alias_method, :m2, :puts); rescue Exception; end
    begin; v10 = v9.instance_variable_get(:@i2); rescue Exception; end
  end
rescue Exception
end
begin
  def v0.m4()
    begin; C0.send(:alias_method, :m0, :to_a); rescue Exception; end
    K1
  end
rescue Exception
end
begin
  class << v4
    begin; true.send(:m5); rescue Exception; end
    begin; v11 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v12 = "s17"; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; v13 = {:k0 => 43}; rescue Exception; end
    begin; self.send(:include, Comparable); rescue Exception; end
    begin; alias m6 to_a; rescue Exception; end
  end
rescue Exception
end
