begin; Integer.send(:alias_method, :m0, :max); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
    begin
      class Numeric
        begin; alias_method :m1, :allbits?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v0 = String.instance_method(:max); rescue Exception; end
begin; v1 = true.m2(); rescue Exception; end
begin
  class << v0
    begin; v2 = Object.new(); rescue Exception; end
    begin
      v2.singleton_class.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        19
      end
    rescue Exception
    end
    begin; v2.m1(); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; v3 = Object.new(v0, "s4"); rescue Exception; end
begin
  begin
  rescue => e
    begin; C0.send(:include, Enumerable); rescue Exception; end
  ensure
    begin; C0.send(:alias_method, :m3, :m4); rescue Exception; end
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :max); rescue Exception; end
begin
  class C1 < Numeric
    begin; v4 = {}; rescue Exception; end
    begin
      v6 = v4.__delete(k0: v4) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v4.instance_eval do
            begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        v4
      end
    rescue Exception
    end
    begin
      v7 = ->(a0, o0 = 0) do
        v4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 30.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v0
    begin; v8 = C0.new(); rescue Exception; end
    begin
      def m3(a0, &blk)
        begin; C1.send(:remove_method, :allbits?); rescue Exception; end
        (0..0)
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m4, :m1); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v9 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v10 = 52.respond_to?(:m5, true); rescue Exception; end
    begin
      class << v10
        begin; Integer.send(:alias_method, :m6, :allbits?); rescue Exception; end
      end
    rescue Exception
    end
    begin; 10.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v11 = C1.new(); rescue Exception; end
begin; v12 = []; rescue Exception; end
begin; C1.send(:remove_method, :m5); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m7, :allbits?; rescue Exception; end
    begin; alias_method :m8, :max; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v13 = v0.bind(self); rescue Exception; end
begin; v14 = v3.dup; rescue Exception; end
begin; C0.send(:undef_method, :m9); rescue Exception; end
begin; v15 = v13.respond_to?(:m9); rescue Exception; end
begin; p v3; rescue Exception; end
begin; v12.singleton_class.send(:alias_method, :m5, :m8); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v16 = v11.m10(v11, 6.5); rescue Exception; end
