GC.start
begin; C0.send(:remove_method, :m0); rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin; 50.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
    begin; v2 = Float(95); rescue Exception; end
    begin; C0.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    begin; eval("begin\n  class Hash\n    begin; alias_method :m3, :each_key; rescue Exception; end\n    begin; alias_method :m4, :downto; rescue Exception; end\n  end\nrescue Exception\nend\nbegin; Numeric.send(:alias_method, :m5, :downto); rescue Exception; end"); rescue Exception; end
    begin
      def self.m3(o0 = 0)
        begin; v3 = Object.new(true); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  class Hash
    begin; alias m4 each_key; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v4 = 1 + 16; rescue Exception; end
    begin; alias_method :m3, :m4; rescue Exception; end
    begin; alias_method :m6, :m6; rescue Exception; end
  end
rescue Exception
end
begin; v5 = {}; rescue Exception; end
begin
  def m7(o0 = 0)
    begin; v6 = {}; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v7 = C0.class_variable_get(:@@k2); rescue Exception; end
begin
  v7.send(:m7, k0: v1) do |a0, &blk|
    begin; v8 = 16.5.send(:m3, **v5); rescue Exception; end
    blk
  end
rescue Exception
end
begin; v9 = v0.singleton_class; rescue Exception; end
begin
  v9.instance_eval do
    begin
      class Numeric
        begin; alias_method :m8, :to_r; rescue Exception; end
      end
    rescue Exception
    end
    begin
      C0.class_eval do
        begin; v10 = v5.method(:each_codepoint); rescue Exception; end
        begin; C0.send(:include, Comparable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m9()
    begin
      def m1(a0, a1)
        a0
      end
    rescue Exception
    end
    :y2
  end
rescue Exception
end
begin; v11 = [14.5, v5].sort; rescue Exception; end
begin; K0 = true; rescue Exception; end
begin; v9.send(:prepend, Enumerable); rescue Exception; end
