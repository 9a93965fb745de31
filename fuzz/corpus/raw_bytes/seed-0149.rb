begin; Hash.extend(Enumerable); rescue Exception; end
begin
  Array.send(:define_method, :m0) do |k0: 1, **kws|
    begin; v0 = [k0, kws, :y2]; rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    kws
  end
rescue Exception
end
begin; v1 = {}; rescue Exception; end
begin; v2 = nil; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v3 = [v2, "s8", self]; rescue Exception; end
begin
  v4 = Proc.new do |a0, *rest|
    begin
      module M0
        begin; Array.send(:alias_method, :m1, :printf); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; p v2; rescue Exception; end
begin
  v5 = Class.new(Object) do
    begin
      class Exception
        begin; alias_method :m1, :message; rescue Exception; end
      end
    rescue Exception
    end
    begin
      30.times do |i|
        begin; v6 = :y2; rescue Exception; end
        begin; alias_method :m2, :m3; rescue Exception; end
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m4, :printf); rescue Exception; end
  end
rescue Exception
end
begin; eval("begin; v3.singleton_class.send(:alias_method, :m5, :m6); rescue Exception; end\nbegin\n  class << v3\n    begin; v7 = :upcase; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class << v3
    begin; v8 = C1.new(); rescue Exception; end
    begin
      30.times do |i|
        begin; 100.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = v1.__merge(**v1) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v5.instance_variable_set(:@i1, v1); rescue Exception; end
begin
  class << v1
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
