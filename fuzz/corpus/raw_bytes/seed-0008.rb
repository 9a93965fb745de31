begin; eval("begin; v0 = true; rescue Exception; end\nbegin; raise ArgumentError, \"x\"; rescue Exception; end"); rescue Exception; end
begin
  v1 = proc do |a0, *rest|
    rest
  end
rescue Exception
end
begin; v2 = []; rescue Exception; end
begin; v2.initialize_copy(v1, *v2, k0: 3); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
GC.start
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v3 = ->(k0: 1) do
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m0) do
    v1
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
