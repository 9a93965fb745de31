begin
  v0 = 12.5.send(:m0) do |k0: 1|
    k0
  end
rescue Exception
end
begin; v1 = :upcase; rescue Exception; end
begin; v2 = [(4..6)]; rescue Exception; end
begin; v3 = []; rescue Exception; end
begin
  begin
  rescue => e
    begin; v4 = Object.new(); rescue Exception; end
    begin; v5 = [v3, 44].sort; rescue Exception; end
  end
rescue Exception
end
begin; Enumerable.send(:alias_method, :m1, :min_by); rescue Exception; end
begin; v6 = [v3].include?(v3); rescue Exception; end
begin
  v3.instance_eval do
    begin
      Integer.send(:define_method, :m2) do |a0, a1|
        GC.start
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m1, :min_by); rescue Exception; end
begin
  class << v3
    begin; v7 = :upcase; rescue Exception; end
    begin; v8 = v7.method(:m1); rescue Exception; end
    begin
      class << v8
        begin; v9 = 4.method(:m3); rescue Exception; end
        begin; v10 = 72 == v9; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m4(a0, &blk)
    begin
      v11 = lambda do |k0: 1|
        k0
      end
    rescue Exception
    end
    blk
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m5(a0, &blk)
        begin; String.send(:alias_method, :m6, :min_by); rescue Exception; end
        begin
          v13 = Fiber.new do |x|
            begin; v12 = C0.instance_variable_get(:@k2); rescue Exception; end
            Fiber.yield(x)
            blk
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
    begin; v14 = (0..3).method(:digits); rescue Exception; end
  end
rescue Exception
end
begin; v15 = nil.respond_to?(:m7); rescue Exception; end
begin
  v16 = Proc.new do |o0 = 0|
    begin; C0.instance_variable_set(:@k1, v3); rescue Exception; end
    begin
      30.times do |i|
      end
    rescue Exception
    end
    v6
  end
rescue Exception
end
begin; v17 = {:k0 => v6, :k1 => v6}; rescue Exception; end
begin; v18 = [v16, v15, v0]; rescue Exception; end
begin; v19 = 84; rescue Exception; end
begin; v20 = {}; rescue Exception; end
begin; C0.send(:alias_method, :m8, :m9); rescue Exception; end
begin
  class C1
    begin
      def self.m9(a0, o0 = 0)
        a0
      end
    rescue Exception
    end
    begin; K0 = "s14"; rescue Exception; end
  end
rescue Exception
end
begin; v21 = v20.send(:m10, v19, *v2, k0: 3); rescue Exception; end
begin
  class << v21
    begin; C1.send(:alias_method, :m11, :m10); rescue Exception; end
    begin; v22 = C1.new(); rescue Exception; end
    begin
      def m5(o0 = 0)
        13.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2 < C1
    begin
      class C3 < C1
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
          def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
          def to_str; "c#{to_int}"; end
          def to_ary; [to_int, to_str]; end
          def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
          def hash; to_int.hash; end
          def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
          def ==(o); eql?(o); end
          def coerce(o); [o, to_int]; end
        rescue Exception
        end
        begin; C2.send(:include, Comparable); rescue Exception; end
        begin; v23 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C4 < String
        begin
          v24 = Class.new(Numeric) do
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; v25 = C3.new(k0: :y2); rescue Exception; end
            begin; alias_method :m4, :digits; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C6 < C3
            begin; v26 = Object.new(); rescue Exception; end
            begin; v26.freeze; rescue Exception; end
            begin; alias m6 min_by; rescue Exception; end
            begin; raise TypeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin
          C6.class_eval do
            begin
              def m4(a0, &blk)
                blk
              end
            rescue Exception
            end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v27 = (3..3); rescue Exception; end
    begin; v28 = 0.respond_to?(:m10); rescue Exception; end
  end
rescue Exception
end
begin
  v29 = ->(a0, a1) do
    begin; v30 = v18.respond_to?(:m4); rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    v6
  end
rescue Exception
end
