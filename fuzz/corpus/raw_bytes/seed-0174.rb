GC.start
begin
  v0 = 1.public_send(:div, 1) do
    11
  end
rescue Exception
end
begin; v1 = [9, v0]; rescue Exception; end
begin; v2 = [self, 55].max; rescue Exception; end
begin
  2.times do |i|
    begin
      def m0(a0, a1)
        begin; v3 = Object.instance_method(:m1); rescue Exception; end
        (1..1)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.method(:m1).call(*v1); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; p self; rescue Exception; end
begin
  v1.instance_eval do
    begin; v4 = Object.new(); rescue Exception; end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; 30.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v5 = :upcase; rescue Exception; end
begin; Object.class_eval("begin\n  Range.send(:define_method, :m2) do |a0, a1|\n    begin\n      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end\n      def to_str; \"c\#{to_int}\"; end\n      def to_ary; [to_int, to_str]; end\n      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end\n      def hash; to_int.hash; end\n      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end\n      def ==(o); eql?(o); end\n      def coerce(o); [o, to_int]; end\n    rescue Exception\n    end\n    v1\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m3, :"=="); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v6.singleton_class.send(:remove_method, :m4); rescue Exception; end
begin
  module M0
    begin; v7 = 12.5; rescue Exception; end
    begin; alias m5 m6; rescue Exception; end
    begin; Kernel.send(:alias_method, :m7, :p); rescue Exception; end
  end
rescue Exception
end
begin; v8 = Integer.instance_method(:find_index); rescue Exception; end
GC.start
begin; v9 = v0.send(:m8, k0: 2); rescue Exception; end
begin
  v10 = proc do |a0|
    begin; v11 = v2.m7(v6, v9); rescue Exception; end
    v9
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; M0.send(:undef_method, :find_index); rescue Exception; end
begin
  v6.singleton_class.send(:define_method, :m9) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v12 = v8.respond_to?(:m10, true); rescue Exception; end
    "s8"
  end
rescue Exception
end
begin; v13 = v0.method(:"=="); rescue Exception; end
begin
  class Integer
    begin; alias m11 quo; rescue Exception; end
    begin; alias_method :m10, :quo; rescue Exception; end
  end
rescue Exception
end
begin
  v14 = Proc.new do |k0: 1, **kws|
    begin; M0.send(:remove_method, :m2); rescue Exception; end
    begin; v1 << v2; rescue Exception; end
    v9
  end
rescue Exception
end
