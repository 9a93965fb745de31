GC.start
begin; v0 = true; rescue Exception; end
begin; v1 = [self, nil, v0]; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |k0: 1, **kws|
    begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
    kws
  end
rescue Exception
end
begin
  v2 = proc do |o0 = 0|
    begin; Hash.send(:alias_method, :m0, :m1); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v2.singleton_class.send(:remove_method, :nobits?); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m1) do |a0, a1|
    begin
      class Numeric
        begin; alias m2 nobits?; rescue Exception; end
        begin; alias_method :m3, :m1; rescue Exception; end
      end
    rescue Exception
    end
    begin; v3 = v1.singleton_class; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m4, :__delete); rescue Exception; end
begin
  class << v1
    begin; Range.send(:alias_method, :m5, :m6); rescue Exception; end
  end
rescue Exception
end
begin
  v4 = lambda do |o0 = 0|
    begin
      def m7(a0)
        begin; "s8".send(:__lines, -1.5); rescue Exception; end
        begin
          Object.send(:define_method, :m8) do |a0, a1|
            GC.start
            begin; v5 = (nil..11).include?(nil); rescue Exception; end
            a0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
GC.start
begin; v7 = :y2.respond_to?(:m9); rescue Exception; end
begin
  class Numeric
    begin; alias m10 nobits?; rescue Exception; end
  end
rescue Exception
end
begin; p v4; rescue Exception; end
begin; v8 = v4.singleton_class; rescue Exception; end
begin
  class C0 < Numeric
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i3, v8); rescue Exception; end
begin; v4.freeze; rescue Exception; end
begin; v9 = C0.new(); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  def v8.m11(o0 = 0)
    begin; eval("begin\n  C0.class_eval do\n    begin; v10 = self.m0(1); rescue Exception; end\n  end\nrescue Exception\nend\nGC.start"); rescue Exception; end
    "s9"
  end
rescue Exception
end
begin
  self.send(:m6, v7, v4) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      class << v7
        begin; v11 = "s16".method(:each_char).call((4..8)); rescue Exception; end
        begin; alias_method :m10, :bsearch_index; rescue Exception; end
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
    begin; v12 = [true, k0].max; rescue Exception; end
    v4
  end
rescue Exception
end
begin
  v13 = ->(a0) do
    begin; v14 = v4.dup; rescue Exception; end
    a0
  end
rescue Exception
end
