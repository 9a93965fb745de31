GC.start
begin; v0 = Object.new(1); rescue Exception; end
begin
  v1 = Class.new(Object) do
    begin; v2 = nil.method(:m0).call(1); rescue Exception; end
    begin
      C0.send(:define_method, :m0) do |k0: 1|
        begin; C0.class_variable_set(:@@k1, :y2); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      class << v2
        GC.start
        begin; alias_method :m1, :negative?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = v1.new(); rescue Exception; end
begin; v4 = v3.m2(); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m3, :"+@"); rescue Exception; end
begin; K0 = 48; rescue Exception; end
begin
  class Numeric
    begin; alias_method :m4, :"+@"; rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v5 = v1.instance_method(:m0); rescue Exception; end
begin
  v6 = Proc.new do |a0, &blk|
    begin; p v4; rescue Exception; end
    v1
  end
rescue Exception
end
begin; v7 = v0.singleton_class; rescue Exception; end
begin; String.class_eval("GC.start"); rescue Exception; end
GC.start
begin; v3.freeze; rescue Exception; end
begin; v8 = C0.new(k0: v5); rescue Exception; end
begin; v9 = v6.to_proc; rescue Exception; end
begin; v10 = v0.respond_to?(:m5, true); rescue Exception; end
begin; C0.send(:alias_method, :m2, :negative?); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
