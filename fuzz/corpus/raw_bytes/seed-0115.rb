GC.start
begin
  v0 = proc do
    nil
  end
rescue Exception
end
begin; v1 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do
    begin; v2 = v1.m0(&v0); rescue Exception; end
    begin; v3 = {:k0 => v0}; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v4 = 13.5; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m1) do
    begin; Object.send(:include, Enumerable); rescue Exception; end
    begin
      5.times do |i|
      end
    rescue Exception
    end
    "s16"
  end
rescue Exception
end
begin; v5 = v4.respond_to?(:m2); rescue Exception; end
begin
  class C0 < Numeric
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin; v6 = Numeric.instance_method(:m1); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m3, :codepoints); rescue Exception; end
begin
  v7 = ->() do
    begin
      module M1
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
        begin; v8 = nil.respond_to?(:m4, true); rescue Exception; end
      end
    rescue Exception
    end
    begin
      begin
        begin; K0 = v0; rescue Exception; end
      rescue => e
        GC.start
      ensure
        begin; v9 = (1..2); rescue Exception; end
      end
    rescue Exception
    end
    4.5
  end
rescue Exception
end
begin
  def m1(a0)
    true
  end
rescue Exception
end
begin
  class C2 < Hash
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
    begin; v10 = [1, (0..3)].uniq.size; rescue Exception; end
    begin; v11 = C2.instance_method(:start_with?); rescue Exception; end
    begin; v12 = C2.new(); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m5, :m1); rescue Exception; end
GC.start
begin
  class String
    begin; alias_method :m3, :codepoints; rescue Exception; end
    begin; alias_method :m6, :codepoints; rescue Exception; end
  end
rescue Exception
end
