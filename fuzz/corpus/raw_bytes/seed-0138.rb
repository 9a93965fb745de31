GC.start
begin
  3.times do |i|
    begin; v0 = (4..9).respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; v1 = (0..2).respond_to?(:m0); rescue Exception; end
begin; v2 = Array(v1); rescue Exception; end
begin
  class << v1
    begin; eval("begin\n  class Exception\n    begin; alias m1 backtrace; rescue Exception; end\n  end\nrescue Exception\nend\nbegin; v3 = Struct.new(:f0); rescue Exception; end"); rescue Exception; end
    begin; v4 = :y5; rescue Exception; end
    begin; Object.class_variable_set(:@@k2, v4); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m2, :backtrace); rescue Exception; end
begin; v5 = Array.instance_method(:each_pair); rescue Exception; end
begin
  class << v5
    begin
      v6 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        3
      end
    rescue Exception
    end
    begin
      class << v6
        begin; alias_method :m3, :m1; rescue Exception; end
        begin
          v7 = Class.new(String) do
            begin; v8 = 44.method(:to_s).call(47, k0: 3); rescue Exception; end
            begin; alias_method :m4, :m5; rescue Exception; end
            begin; 100.times { |i| "x" * 8 }; rescue Exception; end
            begin; v9 = Object.new(); rescue Exception; end
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
      end
    rescue Exception
    end
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v10 = [true, v2]; rescue Exception; end
begin; self.m1(k0: 2); rescue Exception; end
begin
  v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    blk
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v12 = v11.instance_variable_get(:@i2); rescue Exception; end
  end
rescue Exception
end
begin
  def v11.m1(a0)
    a0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m6, :backtrace); rescue Exception; end
begin; v13 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v13.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
begin; v14 = C0.instance_method(:m7); rescue Exception; end
begin; v15 = C0.new(); rescue Exception; end
begin; C0.class_variable_set(:@@k0, v14); rescue Exception; end
begin
  class << v1
    begin; self.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin
  v13.instance_eval do
    begin
      v16 = lambda do |a0|
        begin; v17 = v13.respond_to?(:m2); rescue Exception; end
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin; v18 = v13.clone; rescue Exception; end
begin; v19 = v5.respond_to?(:m4, true); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v20 = v11.call(57); rescue Exception; end
begin
  class C1 < C0
    begin; v21 = C1.new(); rescue Exception; end
    begin; v22 = [v21, v21].max; rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v23 = v21.singleton_class; rescue Exception; end
  end
rescue Exception
end
