begin; v0 = Object.new(k0: 58); rescue Exception; end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin
  v2 = v0.m0(v0) do
    begin; C0.send(:undef_method, :to_h); rescue Exception; end
    begin
      v1 = 48.public_send(:"-", k0: v0) do
        begin; v0.singleton_class.send(:alias_method, :m0, :repeated_combination); rescue Exception; end
        true
      end
    rescue Exception
    end
    53
  end
rescue Exception
end
begin
  class C0 < Hash
    begin; v3 = C0.new(31, k0: 3); rescue Exception; end
    begin; v4 = v3.method(:repeated_combination); rescue Exception; end
    GC.start
    begin; v5 = v3.dup; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v6 = C0.new(); rescue Exception; end
    begin; alias m1 m2; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin; v7 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = {:k0 => v2, :k1 => v2}; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  module M2
    begin
      v10 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v11 = C0.new(); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin
      module M3
        begin; Array.send(:alias_method, :m3, :to_h); rescue Exception; end
        begin
          nil.m4() do |a0, a1|
            74
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9.instance_variable_set(:@i2, v9); rescue Exception; end
begin; v0.instance_variable_set(:@i0, v9); rescue Exception; end
begin; Enumerable.send(:alias_method, :m5, :to_h); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v12 = proc do
    begin; C1.send(:include, M2); rescue Exception; end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          begin
            begin; raise RuntimeError, "x"; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v13 = Object.new(); rescue Exception; end
          ensure
            begin; C1.send(:prepend, M2); rescue Exception; end
          end
        rescue Exception
        end
        begin; v14 = v8.method(:to_h).call(); rescue Exception; end
      end
    rescue Exception
    end
    v8
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v15 = true; rescue Exception; end
begin; v8[(2..2)] = v9; rescue Exception; end
begin; String.send(:alias_method, :m1, :repeated_combination); rescue Exception; end
GC.start
begin; C0.send(:undef_method, :m1); rescue Exception; end
begin
  v16 = proc do |a0, a1|
    a1
  end
rescue Exception
end
begin; v17 = self.respond_to?(:m6); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v18 = v9.respond_to?(:m7); rescue Exception; end
begin
  class << v9
    begin; self.send(:include, M2); rescue Exception; end
  end
rescue Exception
end
begin
  class C4 < Hash
    begin
      v19 = ->(a0, o0 = 0) do
        o0
      end
    rescue Exception
    end
    GC.start
    begin; Array.send(:alias_method, :m8, :squeeze); rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
