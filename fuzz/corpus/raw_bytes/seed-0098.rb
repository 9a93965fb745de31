GC.start
begin
  String.send(:define_method, :m0) do |a0, *rest|
    rest
  end
rescue Exception
end
begin
  String.send(:define_method, :m0) do |a0|
    begin; Object.send(:prepend, Comparable); rescue Exception; end
    "s0"
  end
rescue Exception
end
begin
  (4..6).send(:initialize, k0: 2) do |a0, a1|
    begin
      10.times do |i|
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v0 = 43; rescue Exception; end
begin
  class C0 < String
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin; C0.send(:alias_method, :m2, :merge); rescue Exception; end
    begin; alias m3 ljust; rescue Exception; end
  end
rescue Exception
end
begin
  C0.class_eval do
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
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C2 < String
        begin
          begin
            begin; String.send(:alias_method, :m2, :merge); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; v1 = C1.new(); rescue Exception; end
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn1")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn1") || super
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    begin
      class Hash
        begin; alias_method :m1, :merge; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; C1.send(:alias_method, :m4, :merge); rescue Exception; end
    begin
      Numeric.send(:define_method, :m3) do |a0, &blk|
        begin
          r1 = 0
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            r1 += 1
            retry if r1 < 2
          ensure
            begin; v2 = a0.respond_to?(:m1); rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = a0.respond_to?(:m5, true); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    GC.start
  end
rescue Exception
end
begin; C1.send(:alias_method, :m6, :merge); rescue Exception; end
begin; v4 = {:k0 => "s4"}; rescue Exception; end
begin; v5 = C2.instance_method(:m6); rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m7, :max); rescue Exception; end
begin; p v5; rescue Exception; end
begin; C0.send(:alias_method, :m8, :max); rescue Exception; end
begin; v6 = v4.filter(v0); rescue Exception; end
begin
  class << v4
    begin
      begin
        begin; v7 = Object.new(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; K0 = true; rescue Exception; end
        begin; v8 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin
  def v4.m6(a0, o0 = 0, *rest, k0: 1, &blk)
    begin; v9 = K0.respond_to?(:m2, true); rescue Exception; end
    :y0
  end
rescue Exception
end
begin; C2.send(:alias_method, :m9, :positive?); rescue Exception; end
