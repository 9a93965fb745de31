begin; Hash.send(:alias_method, :m0, :downto); rescue Exception; end
begin
  5.5.send(:"-") do |a0, *rest|
    true
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v0 = C0.new(); rescue Exception; end
    begin
      C0.send(:define_method, :m1) do
        v0
      end
    rescue Exception
    end
    GC.start
    GC.start
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
GC.start
GC.start
GC.start
GC.start
GC.start
