GC.start
begin; Object.class_variable_set(:@@k0, 9.5); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.clone; rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin
  Range.send(:define_method, :m0) do |k0: 1, **kws|
    begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    k0
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v3 = v2.superclass(k0: 2); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class << v3
    begin; v4 = ((0..2)..8).include?((0..2)); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
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
    begin; v5 = Object.new(1); rescue Exception; end
    begin; v5.singleton_class.send(:alias_method, :m1, :size); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m2); rescue Exception; end
