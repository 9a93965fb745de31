begin; v0 = Object.new(); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def self.m0()
        begin; v1 = C0.new(); rescue Exception; end
        "s3"
      end
    rescue Exception
    end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
GC.start
begin
  def m1(k0: 1)
    begin
      v4 = true.m0(k0: 2) do |a0, *rest|
        begin; v2 = k0.respond_to?(:m0); rescue Exception; end
        begin; v3 = Object.new(k0: 1.5); rescue Exception; end
        rest
      end
    rescue Exception
    end
    begin; ($stash ||= []).concat(Array.new(7) { |j| [[j], { j => [j] }] }); rescue Exception; end
    k0
  end
rescue Exception
end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  C0.class_eval do
    begin; C0.class_variable_set(:@@k1, v0); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m2, :step); rescue Exception; end
begin; v5 = { v0 => 1, 68 => 2 }[v0]; rescue Exception; end
begin; v0.extend(Comparable); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v6 = proc do |a0, a1|
    begin
      1.times do |i|
        begin
          class << v5
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v7 = 1 + 19; rescue Exception; end
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
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :abs); rescue Exception; end
begin; v8 = nil.m3(self, :y0); rescue Exception; end
begin; C0.send(:undef_method, :m3); rescue Exception; end
begin
  3.times do |i|
  end
rescue Exception
end
GC.start
