GC.start
begin; String.send(:alias_method, :m0, :m0); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = proc do |k0: 1, **kws|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    kws
  end
rescue Exception
end
begin
  class << v1
    begin
      def self.m1()
        begin; 300.times { |i| proc { i } }; rescue Exception; end
        begin; Numeric.send(:alias_method, :m2, :rpartition); rescue Exception; end
        18
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
    begin
      8.5.send(:"%", 1) do
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = (v1..98).include?(v1); rescue Exception; end
begin; v4 = v1.dup; rescue Exception; end
begin
  class C0 < Hash
    begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
    begin
      r1 = 0
      begin
        begin
          v6 = Class.new(String) do
            begin; v7 = 39.respond_to?(:m2); rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
        begin; 50.times { |i| { i => i } }; rescue Exception; end
        begin; v5.freeze; rescue Exception; end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; Object.send(:alias_method, :m0, :enum_for); rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; v8 = [10, 20, 30, 40][v5]; rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m1, :enum_for); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  class C2 < Array
    begin
      v9 = proc do |a0, o0 = 0|
        begin; v10 = C0.new((0..0)); rescue Exception; end
        (0..1)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin
  v11 = lambda do
    begin
      v3.public_send(:repeated_combination, k0: v4) do
        13
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  v12 = proc do |a0|
    begin
      class C3 < Array
        begin; v13 = C0.new(); rescue Exception; end
        begin
          class << v13
            begin; v14 = self.m3(true); rescue Exception; end
          end
        rescue Exception
        end
        begin; C2.class_variable_set(:@@k2, 5.5); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v15 = [v4, 8.5].sort; rescue Exception; end
begin
  begin
    begin
      module M4
        begin; K0 = 6.5; rescue Exception; end
        begin
          module M5
            begin; "s11".send(:m4, "s0", true); rescue Exception; end
            begin; C0.send(:undef_method, :enum_for); rescue Exception; end
          end
        rescue Exception
        end
        begin
          v16 = Class.new(Numeric) do
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; 11.5.send(:"^"); rescue Exception; end
            begin; v17 = true.m1(nil); rescue Exception; end
            begin; C2.send(:include, M4); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    GC.start
    begin; v18 = {:k0 => "s8"}; rescue Exception; end
  end
rescue Exception
end
begin
  v19 = proc do |a0|
    a0
  end
rescue Exception
end
begin
  v19.singleton_class.send(:define_method, :m5) do |a0|
    a0
  end
rescue Exception
end
begin
  v20 = Class.new(C2) do
    GC.start
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m2, :repeated_combination; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m1, :rpartition); rescue Exception; end
begin; v21 = Array(v15); rescue Exception; end
begin; v22 = v12.to_proc; rescue Exception; end
begin
  v23 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v24 = proc do |a0, &blk|
        begin
          v25 = proc do |a0, *rest|
            rest
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v26 = :y0.method(:"=="); rescue Exception; end
begin; v27 = Array(v4); rescue Exception; end
begin
  v4.instance_eval do
    begin; v28 = v23.method(:m1); rescue Exception; end
  end
rescue Exception
end
