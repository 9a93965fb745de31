GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin
      def m0(o0 = 0)
        begin; v1 = 6.5; rescue Exception; end
        begin; v2 = Object.new(); rescue Exception; end
        "s10"
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  def m0(a0)
    begin
      v3 = proc do
        begin; Numeric.class_eval("begin; v4 = 7.5; rescue Exception; end"); rescue Exception; end
        "s7"
      end
    rescue Exception
    end
    begin; v5 = v3.dup; rescue Exception; end
    "s14"
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v6 = v0.respond_to?(:m1, true); rescue Exception; end
begin; Object.send(:alias_method, :m2, :message); rescue Exception; end
begin
  v7 = lambda do
    begin; v8 = Object.new(); rescue Exception; end
    GC.start
    v0
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
