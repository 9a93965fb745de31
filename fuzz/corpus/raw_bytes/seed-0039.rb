begin; v0 = 97; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = [v0, self].max; rescue Exception; end
begin
  class << v1
    begin; v3 = "abc" + nil; rescue Exception; end
    begin; alias m0 m1; rescue Exception; end
    begin
      class C0 < StandardError
        begin
          C0.send(:define_method, :m2) do |a0, &blk|
            begin; Object.send(:alias_method, :m3, :"=="); rescue Exception; end
            begin
              def m4(a0, o0 = 0, *rest, k0: 1, &blk)
                o0
              end
            rescue Exception
            end
            a0
          end
        rescue Exception
        end
        begin; v4 = {:k0 => (3..7), :k1 => :y3}; rescue Exception; end
        begin; v5 = C0.new(45, v4); rescue Exception; end
        begin; v5.send(:m0, v5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = nil; rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  String.send(:define_method, :m4) do |k0: 1, **kws|
    begin; Object.const_set(:K0, kws); rescue Exception; end
    v1
  end
rescue Exception
end
begin
  class C1
    begin; v7 = self.respond_to?(:m0); rescue Exception; end
    begin; C1.send(:alias_method, :m5, :to_h); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin
      def m6()
        GC.start
        56
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v8 = (1..6); rescue Exception; end
begin; v9 = v2.respond_to?(:to_h); rescue Exception; end
begin
  class << v8
    begin; C0.send(:include, Comparable); rescue Exception; end
    begin; v10 = 77; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m6, :to_h); rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v11 = :upcase; rescue Exception; end
begin; v12 = C1.new(v1, k0: 3); rescue Exception; end
begin
  5.times do |i|
    begin
      class C2 < String
        begin; v13 = self.m7(); rescue Exception; end
        begin; v14 = C2.new(); rescue Exception; end
        begin; v15 = [v14]; rescue Exception; end
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
    begin; v16 = v11.respond_to?(:m8, true); rescue Exception; end
  end
rescue Exception
end
begin; v17 = true.respond_to?(:m9); rescue Exception; end
GC.start
begin
  v18 = Class.new(Object) do
    begin
      def m0(a0)
        begin; v19 = {:k0 => a0}; rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin; v20 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v21 = Float(K0); rescue Exception; end
begin; p v1; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m10, :to_h); rescue Exception; end
begin
  class << v18
    begin; self.m4(); rescue Exception; end
    begin; v22 = C2.new(); rescue Exception; end
  end
rescue Exception
end
