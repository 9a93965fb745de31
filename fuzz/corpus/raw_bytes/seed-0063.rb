begin
  module M0
    begin; v0 = 52.respond_to?(:m0); rescue Exception; end
    begin; v1 = :upcase; rescue Exception; end
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
begin
  v2 = ->(k0: 1) do
    k0
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      class << v2
        begin
          Object.send(:define_method, :m1) do |a0|
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
            (1..4)
          end
        rescue Exception
        end
        begin; v3 = Object.new(); rescue Exception; end
        begin; v4 = :y0.respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m0()
    begin; Numeric.send(:alias_method, :m2, :first); rescue Exception; end
    begin
      5.times do |i|
        begin; Range.send(:alias_method, :m3, :">="); rescue Exception; end
        begin; Integer.send(:alias_method, :m3, :">="); rescue Exception; end
      end
    rescue Exception
    end
    63
  end
rescue Exception
end
begin
  begin
    begin
      class << v2
        begin
          class C1
            begin; raise RuntimeError, "x"; rescue Exception; end
            begin; v5 = 60.method(:m1); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v6 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
begin; Comparable.send(:alias_method, :m4, :">="); rescue Exception; end
GC.start
begin; v8 = v2.to_proc; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; v9 = C1.new(v2); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v7.singleton_class.send(:define_method, :m5, v8); rescue Exception; end
