begin; v0 = {:k0 => 39}; rescue Exception; end
begin
  class << v0
    begin
      def m0(k0: 1, **kws)
        k0
      end
    rescue Exception
    end
    begin; v1 = Object.new(); rescue Exception; end
    begin; v2 = v1.method(:m0).call(); rescue Exception; end
  end
rescue Exception
end
begin; v3 = true.respond_to?(:m1); rescue Exception; end
begin; v4 = v0.singleton_class; rescue Exception; end
begin; p nil; rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v6 = v5.instance_method(:m2); rescue Exception; end
begin
  module M0
    begin; v7 = 19.5; rescue Exception; end
    begin; v8 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:prepend, M0); rescue Exception; end
begin
  class << v4
    begin; eval("begin; v9 = Object.new(); rescue Exception; end\nbegin\n  1.times do |i|\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; v10 = Object.new(); rescue Exception; end
    begin; v10.singleton_class.send(:undef_method, :m2); rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < String
    begin; v11 = "s19"; rescue Exception; end
    begin; v12 = nil; rescue Exception; end
    begin
      def self.m3(o0 = 0)
        o0
      end
    rescue Exception
    end
    begin
      class << v11
        begin; v13 = :upcase; rescue Exception; end
        begin; self.send(:prepend, M0); rescue Exception; end
        begin; self.send(:include, M0); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = lambda do |a0, *rest|
    begin; v0[:y4] = v3; rescue Exception; end
    begin; v15 = [:y3]; rescue Exception; end
    v4
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias_method :m0, :m4; rescue Exception; end
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
begin; v16 = v14.to_proc; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m5, :uniq!); rescue Exception; end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v17 = self.method(:m6).call(:y0); rescue Exception; end
begin; v18 = v6.send(:"+@", (4..6)); rescue Exception; end
begin
  module M3
    begin; K0 = self; rescue Exception; end
  end
rescue Exception
end
begin; v19 = Struct.new(:f0, :f1); rescue Exception; end
begin; v19.freeze; rescue Exception; end
begin; eval("begin; 100.times { |i| Object.new }; rescue Exception; end"); rescue Exception; end
