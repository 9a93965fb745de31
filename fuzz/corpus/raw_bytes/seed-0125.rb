GC.start
begin; Comparable.send(:alias_method, :m0, :"<="); rescue Exception; end
begin; v0 = [:y2, 1].max; rescue Exception; end
GC.start
begin
  module M0
    begin
      def self.m0()
        begin; Object.instance_variable_set(:@k2, :y5); rescue Exception; end
        16.5
      end
    rescue Exception
    end
    begin
      def m0(a0)
        begin; v1 = 6.respond_to?(:m1); rescue Exception; end
        GC.start
        a0
      end
    rescue Exception
    end
    begin
      Numeric.send(:define_method, :m2) do |a0, &blk|
        begin; v2 = {:k0 => :y2}; rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = v0.respond_to?(:m3); rescue Exception; end
begin; Object.send(:include, M0); rescue Exception; end
begin
  class << v3
    begin; v4 = Object.new(:y1); rescue Exception; end
    begin; v5 = v4.dup; rescue Exception; end
  end
rescue Exception
end
begin
  class Numeric
    begin; alias_method :m4, :positive?; rescue Exception; end
    begin; alias_method :m2, :m1; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      def m5(a0, a1)
        begin; v6 = Struct.new(:f0); rescue Exception; end
        begin
          v8 = v6.new(1) do |a0, *rest|
            begin; v7 = (rest..nil).include?(rest); rescue Exception; end
            rest
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    begin; Object.class_variable_set(:@@k2, 67); rescue Exception; end
    begin
      def m6(a0, o0 = 0)
        begin; v9 = 29 == :y4; rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v10 = Proc.new do
    begin
      v11 = Proc.new do |a0, &blk|
        begin
          class << v0
            begin; alias_method :m0, :"%"; rescue Exception; end
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
          end
        rescue Exception
        end
        begin; Object.instance_variable_set(:@k1, 15.5); rescue Exception; end
        blk
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  class << v10
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
    begin
      begin
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
      rescue => e
        begin; v12 = Object.new(); rescue Exception; end
        begin; Object.class_variable_set(:@@k1, true); rescue Exception; end
      ensure
        begin; v13 = 18.5.method(:m3); rescue Exception; end
      end
    rescue Exception
    end
    begin; v14 = Float((2..2)); rescue Exception; end
  end
rescue Exception
end
begin
  class << v10
    begin; v15 = 6.5.send(:"<=", :y3); rescue Exception; end
  end
rescue Exception
end
