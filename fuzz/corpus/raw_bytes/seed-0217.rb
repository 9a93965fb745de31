begin
  class C0 < Array
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v0 = ->() do
        true
      end
    rescue Exception
    end
    begin; v1 = v0.to_proc; rescue Exception; end
  end
rescue Exception
end
begin
  v2 = ->(a0, o0 = 0) do
    (0..3)
  end
rescue Exception
end
begin
  v2.instance_eval do
  end
rescue Exception
end
begin; v3 = v2.respond_to?(:m0); rescue Exception; end
begin; eval(""); rescue Exception; end
begin; v4 = Integer.instance_method(:default=); rescue Exception; end
begin; v5 = v4.bind(v4); rescue Exception; end
begin
  def m0(a0)
    begin
      30.times do |i|
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v6 = Class.new(String) do
    begin
      C1.send(:define_method, :m0) do |a0|
        begin; v7 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v8 = 29.send(:"&"); rescue Exception; end
    begin
      class << v8
        begin; v9 = C0.new(3.5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6.singleton_class.send(:define_method, :m1) do |a0, *rest|
    begin; eval(""); rescue Exception; end
    rest
  end
rescue Exception
end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v10 = -2.send(:ceil); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v6.send(:define_method, :m2) do |a0, a1|
    begin; v6.instance_variable_set(:@i0, a0); rescue Exception; end
    begin
      begin
        begin
          class << v5
            GC.start
            begin
              def m2(k0: 1, **kws)
                k0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin
          class Integer
            begin; alias m3 upto; rescue Exception; end
          end
        rescue Exception
        end
        begin; v11 = true.method(:m3); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  C1.class_eval do
    begin
      class C3 < C2
        begin; alias m1 anybits?; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = v4.bind(v4); rescue Exception; end
begin; v13 = v5.respond_to?(:m4); rescue Exception; end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  def v2.m5(a0, o0 = 0)
    "s1"
  end
rescue Exception
end
begin; v6.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin
  class << v6
    begin
      class C4 < C3
        begin
          v14 = self.m6(k0: 2) do |a0, *rest|
            a0
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
