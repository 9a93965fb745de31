begin
  class C0 < Hash
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
    begin
      Object.send(:define_method, :m0) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
    begin
      String.send(:define_method, :m0) do |a0|
        begin
          class C1 < StandardError
            begin; v0 = 81; rescue Exception; end
            begin; v1 = Object.new(); rescue Exception; end
            begin; 100.times { |i| "x" * 8 }; rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = 17; rescue Exception; end
begin
  class C2
    begin
      v2 = Proc.new do |a0, a1|
        a0
      end
    rescue Exception
    end
    begin
      class << v2
        begin; alias_method :m0, :m0; rescue Exception; end
        begin; v3 = 5.5.respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = C1.new(v2); rescue Exception; end
    begin; C1.send(:define_method, :m1, v2); rescue Exception; end
  end
rescue Exception
end
begin; v5 = {:k0 => true, :k1 => (2..2)}; rescue Exception; end
begin; v5.method(:delete).call(1); rescue Exception; end
begin
  v5.instance_eval do
    begin; v5[88] = v5; rescue Exception; end
  end
rescue Exception
end
begin; self.m2(); rescue Exception; end
begin
  class C3
    begin; v6 = 87.respond_to?(:m3, true); rescue Exception; end
    begin; C2.extend(Enumerable); rescue Exception; end
    begin
      class C4 < StandardError
        begin
          3.times do |i|
            begin; alias_method :m4, :bsearch_index; rescue Exception; end
            begin; alias_method :m5, :bsearch_index; rescue Exception; end
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
        begin
          class C5 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v7 = "s14"; rescue Exception; end
            begin; v8 = {}; rescue Exception; end
            begin
              def m1(a0, &blk)
                blk
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; eval(""); rescue Exception; end
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m6) do
        begin; Object.const_set(:K1, true); rescue Exception; end
        v6
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v9 = [v5, i]; rescue Exception; end
    begin; v10 = [14, v5]; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = proc do
    begin; 100.times { |i| v5[i] = [i] }; rescue Exception; end
    33
  end
rescue Exception
end
