begin
  Array.send(:define_method, :m0) do |a0|
    GC.start
    a0
  end
rescue Exception
end
begin; Range.send(:alias_method, :m0, :anybits?); rescue Exception; end
begin
  v0 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  class C0
    begin; Numeric.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  v2 = lambda do |a0, a1|
    begin
      v3 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.send(:undef_method, :m1); rescue Exception; end
        begin
          Range.send(:define_method, :m0) do
            begin; v4 = 79.public_send(:"+", k0: self); rescue Exception; end
            -3
          end
        rescue Exception
        end
        begin; alias m2 each_pair; rescue Exception; end
        begin; v5 = 15.5.send(:">", k0: 2); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m3, :anybits?); rescue Exception; end
begin; v6 = v1.dup; rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; Object.extend(Enumerable); rescue Exception; end
begin; v1.instance_eval(""); rescue Exception; end
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
