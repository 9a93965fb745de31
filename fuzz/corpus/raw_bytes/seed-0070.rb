GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin; v1 = {:k0 => (0..4), :k1 => 56}; rescue Exception; end
    a0
  end
rescue Exception
end
begin; Array.send(:define_method, :m0, v0); rescue Exception; end
begin
  v3 = v0.nobits?(26, v0) do
    begin; v2 = true; rescue Exception; end
    80
  end
rescue Exception
end
GC.start
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; v4 = 4.5; rescue Exception; end
begin; v5 = v4.respond_to?(:m1, true); rescue Exception; end
begin; Integer.send(:alias_method, :m2, :values_at); rescue Exception; end
begin
  v6 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
    begin
      v8 = self.m3(k0: 2) do
        begin; v7 = self.send(:m4, &v0); rescue Exception; end
        begin
          class << v5
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
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
        v0
      end
    rescue Exception
    end
    GC.start
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
