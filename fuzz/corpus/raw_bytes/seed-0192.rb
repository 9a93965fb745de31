GC.start
begin; Integer.send(:alias_method, :m0, :between?); rescue Exception; end
begin; v0 = Numeric.instance_method(:m1); rescue Exception; end
begin; v1 = {}; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v2 = v1.respond_to?(:m2); rescue Exception; end
begin; v3 = Object.new(**v1); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v4 = Object.class_variable_get(:@@k2); rescue Exception; end
    begin
      class << v1
        begin; 50.times { |i| { i => i } }; rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; Object.instance_variable_set(:@k1, :y2); rescue Exception; end
GC.start
begin; v5 = Object.new(:y4); rescue Exception; end
begin; C0.send(:remove_method, :message); rescue Exception; end
begin; v6 = Object.new(v5, k0: 3); rescue Exception; end
begin; v5.freeze; rescue Exception; end
begin; v7 = Object.new(k0: v1); rescue Exception; end
begin
  v7.singleton_class.send(:define_method, :m2) do |a0, *rest|
    begin; v6.instance_eval(""); rescue Exception; end
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v8 = 64.send(:floor); rescue Exception; end
        begin
          def self.m2()
            :y3
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; v9 = v7.m0(k0: v3); rescue Exception; end
begin
  class << v9
    begin; Comparable.send(:alias_method, :m3, :between?); rescue Exception; end
    begin
      begin
        begin
          v10 = Class.new(Object) do
            GC.start
            begin; v11 = [66, :y0]; rescue Exception; end
            begin; v12 = C0.new(v11, *v11, k0: 3); rescue Exception; end
            begin; v13 = [10, 20, 30, 40][self]; rescue Exception; end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin; 300.times { |i| "x" * 8 }; rescue Exception; end
        begin
          class C2 < C0
            begin; C0.send(:alias_method, :m1, :"<"); rescue Exception; end
            begin; v14 = {:k0 => self}; rescue Exception; end
            begin; C0.instance_variable_set(:@k0, v14); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v2
    begin; v15 = 31; rescue Exception; end
    begin
      C1.send(:define_method, :m3) do |k0: 1|
        v15
      end
    rescue Exception
    end
    begin; v16 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v17 = [v3, 6].sort; rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin
  v0.m4("s11") do
    v2
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v18 = C2.instance_variable_get(:@k1); rescue Exception; end
begin
  class << v9
    begin
      def m2()
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v19 = v0.respond_to?(:m5); rescue Exception; end
begin; v20 = :upcase; rescue Exception; end
