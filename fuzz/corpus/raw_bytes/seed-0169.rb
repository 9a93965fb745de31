begin
  v0 = lambda do |a0, a1|
    begin; Object.send(:alias_method, :m0, :m0); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v1 = 48; rescue Exception; end
begin; K0 = :y2; rescue Exception; end
begin; v0.instance_variable_set(:@i2, K0); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v2 = v0.clone; rescue Exception; end
begin; v3 = v0.call(); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      module M0
        begin; v4 = Object.new(1); rescue Exception; end
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin
          v5 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
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
