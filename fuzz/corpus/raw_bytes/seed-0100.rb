begin
  Object.send(:define_method, :m0) do
    begin; eval("begin; Object.send(:include, Enumerable); rescue Exception; end"); rescue Exception; end
    true
  end
rescue Exception
end
GC.start
begin
  v1 = Fiber.new do |x|
    begin; v0 = Struct.new(:f0, :f1); rescue Exception; end
    begin; Array.send(:alias_method, :m1, :i); rescue Exception; end
    Fiber.yield(x)
    11.5
  end
rescue Exception
end
begin; Hash.class_eval("begin; v2 = Object.new(1); rescue Exception; end"); rescue Exception; end
begin
  30.times do |i|
    begin
      2.times do |i|
        begin
          Numeric.send(:define_method, :m2) do
            v1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  class << v1
    begin; v3 = {:k0 => (1..4), :k1 => "s8"}; rescue Exception; end
    begin
      def m3(a0)
        begin; v4 = "abc" + 32; rescue Exception; end
        begin
          begin
            begin; p v4; rescue Exception; end
            GC.start
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
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
begin; v5 = Object.new(); rescue Exception; end
begin
  v6 = lambda do |o0 = 0|
    begin; v7 = Object.new(); rescue Exception; end
    begin; v8 = 1 + 23; rescue Exception; end
    v1
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m4, :i); rescue Exception; end
begin; v9 = Object.new(); rescue Exception; end
begin
  class << v5
    begin
      class C0
        begin; C0.send(:undef_method, :m5); rescue Exception; end
        begin
          begin
            begin; K0 = 16; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      begin
        begin
          nil.m6(k0: 2) do |o0 = 0|
            begin; alias_method :m7, :i; rescue Exception; end
            begin; Range.send(:alias_method, :m2, :m5); rescue Exception; end
            o0
          end
        rescue Exception
        end
      rescue => e
        begin; eval("begin\n  def self.m7(a0, &blk)\n    true\n  end\nrescue Exception\nend"); rescue Exception; end
      ensure
        begin; raise RuntimeError, "x"; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin
      v14 = Fiber.new do |x|
        begin; alias_method :m8, :m9; rescue Exception; end
        begin
          v10 = Class.new(String) do
            begin; v11 = true.respond_to?(:m3); rescue Exception; end
            begin
              def self.m10()
                true
              end
            rescue Exception
            end
            begin; v12 = :y3; rescue Exception; end
            begin; v13 = {}; rescue Exception; end
          end
        rescue Exception
        end
        Fiber.yield(x)
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5.singleton_class.send(:define_method, :m2) do |a0, o0 = 0|
    begin; v15 = C1.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class C2 < C0
    begin; v16 = C2.instance_method(:m11); rescue Exception; end
    begin; v17 = {}; rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; 10.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m8, :m1); rescue Exception; end
begin; Numeric.send(:alias_method, :m7, :m7); rescue Exception; end
begin; v18 = 40.respond_to?(:m1); rescue Exception; end
begin; v19 = v1.m2(); rescue Exception; end
begin
  class << v9
    begin; C1.send(:remove_method, :m3); rescue Exception; end
    begin; v20 = "abc" + true; rescue Exception; end
    begin
      class << v20
        begin; v21 = {:k0 => "s10", :k1 => true}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin
      v24 = Fiber.new do |x|
        begin; v22 = C1.new(K0, k0: 3); rescue Exception; end
        begin; v23 = Struct.new(:f0); rescue Exception; end
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; v9.singleton_class.send(:remove_method, :m6); rescue Exception; end
    begin; p e; rescue Exception; end
  end
rescue Exception
end
begin; v25 = Integer(v9); rescue Exception; end
begin; (0..4).public_send(:__empty_range?, nil); rescue Exception; end
begin; C0.class_variable_set(:@@k0, 29); rescue Exception; end
begin; K1 = v25; rescue Exception; end
begin; v18.send(:find, &v6); rescue Exception; end
GC.start
