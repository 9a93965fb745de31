GC.start
begin
  Numeric.send(:define_method, :m0) do |k0: 1, **kws|
    nil
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class C0 < Exception
    begin; v0 = C0.new(); rescue Exception; end
    begin; eval("begin\n  class << v0\n    begin; v1 = []; rescue Exception; end\n    begin; v2 = Object.new(); rescue Exception; end\n    begin\n      def m0(a0, &blk)\n        :y0\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin
  v3 = lambda do |a0, &blk|
    begin; C0.send(:alias_method, :m0, :last); rescue Exception; end
    blk
  end
rescue Exception
end
begin; C0.send(:include, Comparable); rescue Exception; end
begin; eval(""); rescue Exception; end
begin
  v4 = proc do
    begin
      class << v3
        begin; v5 = nil; rescue Exception; end
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
    v3
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v3); rescue Exception; end
begin
  class << v4
    begin; C0.send(:remove_method, :m1); rescue Exception; end
    begin; v6 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v7 = C0.instance_variable_get(:@k2); rescue Exception; end
begin
  class Range
    begin; alias m0 last; rescue Exception; end
  end
rescue Exception
end
begin; v8 = {:k0 => v7, :k1 => true}; rescue Exception; end
begin; v9 = C0.new(); rescue Exception; end
begin; v10 = Array(v4); rescue Exception; end
GC.start
begin
  10.times do |i|
    begin; v8.singleton_class.send(:remove_method, :m2); rescue Exception; end
    begin; v11 = C0.new(i, "s8"); rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; v12 = true; rescue Exception; end
    begin; v13 = 42.respond_to?(:m3, true); rescue Exception; end
    begin; v14 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v15 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v16 = v9.m2(k0: v7); rescue Exception; end
begin; C0.send(:alias_method, :m4, :m3); rescue Exception; end
begin; 65.modulo(&v4); rescue Exception; end
begin; v17 = v4.to_proc; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m5, :last); rescue Exception; end
