GC.start
begin; p (4..5); rescue Exception; end
begin; M0.send(:undef_method, :m0); rescue Exception; end
GC.start
begin
  module M0
    begin
      module M1
        begin
          begin
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; Array.send(:alias_method, :m0, :"<="); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v0 = 6.5.respond_to?(:m1); rescue Exception; end
          end
        rescue Exception
        end
        begin; alias_method :m2, :to_c; rescue Exception; end
        begin; v1 = :y1; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v2 = proc do |a0, a1|
        begin
          v3 = ->(k0: 1) do
            begin; Object.send(:include, M0); rescue Exception; end
            k0
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  class Hash
    begin; alias_method :m3, :"<="; rescue Exception; end
    begin; alias_method :m4, :"<="; rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < Exception
    begin; v4 = {:k0 => (1..4), :k1 => true}; rescue Exception; end
    begin; C2.send(:remove_method, :m5); rescue Exception; end
    begin; v5 = v4.respond_to?(:m5); rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  class C3 < String
    begin
      v6 = Class.new(C3) do
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        begin
          class Hash
            begin; alias m6 :"<="; rescue Exception; end
            begin; alias_method :m7, :to_c; rescue Exception; end
          end
        rescue Exception
        end
        begin
          Numeric.send(:define_method, :m8) do |k0: 1|
            begin
              def m5(a0)
                a0
              end
            rescue Exception
            end
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
begin; K0 = (2..5); rescue Exception; end
begin
  module M5
    begin; M0.send(:undef_method, :"<="); rescue Exception; end
    begin; C3.send(:alias_method, :m7, :"<="); rescue Exception; end
  end
rescue Exception
end
begin
  v7 = lambda do
    70
  end
rescue Exception
end
begin; p v7; rescue Exception; end
begin; v8 = K0.respond_to?(:m6, true); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v9 = "s4"; rescue Exception; end
begin; v9.singleton_class.send(:define_method, :m2, v7); rescue Exception; end
begin; v10 = C2.new(K0, k0: 3); rescue Exception; end
begin
  v11 = true.m9() do |k0: 1|
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin
      class Hash
        begin; alias m10 :"<="; rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
GC.start
GC.start
