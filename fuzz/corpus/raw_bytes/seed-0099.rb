GC.start
begin; Object.class_variable_set(:@@k1, "s3"); rescue Exception; end
GC.start
begin; v0 = 0.5.method(:"^").call(k0: 79); rescue Exception; end
begin; v1 = (2..4); rescue Exception; end
begin; Array.send(:alias_method, :m0, :downto); rescue Exception; end
begin
  def m1(a0, a1)
    a0
  end
rescue Exception
end
begin
  v2 = self.send(:m2, "s12") do
    begin
      Array.send(:define_method, :m3) do
        11.5
      end
    rescue Exception
    end
    44
  end
rescue Exception
end
begin; Array.send(:alias_method, :m0, :dig); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v1); rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v4 = [[(3..3)], [98]].flatten; rescue Exception; end
begin
  v5 = Class.new(String) do
    begin; Range.send(:alias_method, :m4, :downto); rescue Exception; end
    begin
      v6 = Class.new(C0) do
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
        begin; v7 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = (2..4).respond_to?(:m5); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin
  class << v2
    begin; v9 = C0.new("s11", :y4); rescue Exception; end
  end
rescue Exception
end
begin; v10 = v3.singleton_class; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| proc { j } }); rescue Exception; end
begin
  class << v2
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
  end
rescue Exception
end
begin; v11 = v10.dup; rescue Exception; end
begin; v12 = 7.5.respond_to?(:m6); rescue Exception; end
begin; v13 = v11.singleton_class; rescue Exception; end
begin
  class C2 < Numeric
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v14 = {}; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(6) { |j| [[j], { j => [j] }] }); rescue Exception; end
