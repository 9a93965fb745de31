GC.start
begin
  class C0
    begin; raise TypeError, "x"; rescue Exception; end
    begin
      v0 = Class.new(Hash) do
        begin; raise ArgumentError, "x"; rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; C1.extend(Enumerable); rescue Exception; end
begin; v1 = nil.public_send(:m0, 19.5, k0: 3); rescue Exception; end
begin
  C0.send(:define_method, :m1) do
    v1
  end
rescue Exception
end
begin; v2 = true.respond_to?(:m1); rescue Exception; end
begin; v3 = v2.m2(); rescue Exception; end
begin; Array.send(:alias_method, :m3, :between?); rescue Exception; end
begin
  v4 = lambda do |a0, &blk|
    begin; v5 = v1.m4(6.5); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v4); rescue Exception; end
begin
  begin
    begin; v6 = C0.new(); rescue Exception; end
  rescue => e
    begin
      C0.send(:define_method, :m0) do |a0, *rest|
        a0
      end
    rescue Exception
    end
    begin
      module M2
        begin; alias_method :m5, :negative?; rescue Exception; end
      end
    rescue Exception
    end
  ensure
    begin; String.send(:alias_method, :m6, :"+@"); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v4.dup; rescue Exception; end
begin; C1.send(:include, M2); rescue Exception; end
begin
  class C3 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:remove_method, :negative?); rescue Exception; end
    begin; v8 = Object.new("s8", k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do |a0, *rest, p0|
    v7
  end
rescue Exception
end
begin; C0.send(:include, M2); rescue Exception; end
begin; v10 = v9.clone; rescue Exception; end
begin; v11 = [10, 20, 30, 40][v9]; rescue Exception; end
begin; v12 = C3.instance_variable_get(:@k1); rescue Exception; end
begin; v13 = C3.instance_method(:m7); rescue Exception; end
