GC.start
begin; v0 = {:k0 => 1.5}; rescue Exception; end
begin; 100.times { |i| v0[i] = [i] }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v1 = (3..6); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def m1(a0, a1)
        begin
          v2 = proc do
            begin; Object.const_set(:K0, -0.5); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; v2.singleton_class.send(:remove_method, :fetch); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin
  class << v0
    begin
      C0.send(:define_method, :m2) do
        begin; v3 = [(2..7), 51]; rescue Exception; end
        begin; 8.times { |i| v3 << i.to_s }; rescue Exception; end
        (3..8)
      end
    rescue Exception
    end
    begin; eval(""); rescue Exception; end
    begin
      class Exception
        begin; alias_method :m0, :message; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v4 = C0.new(K0, 51); rescue Exception; end
begin; C0.send(:alias_method, :m0, :nobits?); rescue Exception; end
begin; C0.send(:remove_method, :m3); rescue Exception; end
begin; K1 = v0; rescue Exception; end
begin; v5 = v1.nobits?(); rescue Exception; end
begin
  v6 = lambda do |k0: 1|
    k0
  end
rescue Exception
end
begin
  class << v1
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
    begin
      module M1
        begin
          class Exception
            begin; alias m4 message; rescue Exception; end
          end
        rescue Exception
        end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v7 = {:k0 => :y4}; rescue Exception; end
  end
rescue Exception
end
begin; v8 = v4.respond_to?(:m5, true); rescue Exception; end
begin; v9 = {:k0 => v8}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m6, :nobits?); rescue Exception; end
