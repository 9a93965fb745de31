GC.start
begin
  v0 = Proc.new do |o0 = 0|
    begin; v1 = Object.class_variable_get(:@@k2); rescue Exception; end
    begin; Object.instance_variable_set(:@k1, 70); rescue Exception; end
    true
  end
rescue Exception
end
begin; p true; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def self.m0(k0: 1)
        k0
      end
    rescue Exception
    end
    begin; alias_method :m1, :nonzero?; rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; v2 = v0.to_proc; rescue Exception; end"); rescue Exception; end
begin; v3 = 25; rescue Exception; end
begin
  v4 = ->(a0, a1) do
    begin
      v5 = lambda do
        begin; C0.class_variable_set(:@@k1, a1); rescue Exception; end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :m0); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; C0.send(:alias_method, :m2, :nobits?); rescue Exception; end
begin
  v7 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i2, "s13"); rescue Exception; end
begin
  module M1
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; Array.send(:alias_method, :m3, :nobits?); rescue Exception; end
  end
rescue Exception
end
begin; v8 = v6.respond_to?(:m3); rescue Exception; end
begin; C0.instance_variable_set(:@k1, v6); rescue Exception; end
begin
  def v6.m4(a0, o0 = 0)
    begin; v9 = 65.__coerce_step_counter(self); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = true; rescue Exception; end
begin; v11 = v7.singleton_class; rescue Exception; end
