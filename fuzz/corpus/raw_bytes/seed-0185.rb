begin
  Object.send(:define_method, :m0) do |o0 = 0|
    begin; :y1.casecmp(); rescue Exception; end
    o0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  def m0(a0, *rest, p0)
    begin; v1 = [true, nil]; rescue Exception; end
    rest
  end
rescue Exception
end
begin; v2 = v0.m1(v0, v0); rescue Exception; end
begin; v3 = v0.instance_variable_get(:@i3); rescue Exception; end
begin
  v2.m2() do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  v4 = proc do |k0: 1|
    k0
  end
rescue Exception
end
begin
  class C0
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  v6 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v7 = C1.new("s18", 84); rescue Exception; end
    begin
      v8 = lambda do |a0, a1|
        13.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = v6.method(:allbits?); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
GC.start
begin; v6.send(:alias_method, :m2, :message); rescue Exception; end
begin; v10 = (4..4); rescue Exception; end
begin; v6.extend(Enumerable); rescue Exception; end
begin; v11 = {:k0 => "s18", :k1 => :y1}; rescue Exception; end
begin
  v12 = Class.new(Object) do
    begin
      v13 = proc do |k0: 1, **kws|
        49
      end
    rescue Exception
    end
    begin
      def self.m3()
        begin; v14 = 72; rescue Exception; end
        4
      end
    rescue Exception
    end
    begin
      def m4(a0, o0 = 0)
        begin
          v15 = proc do
            true
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m5, :message); rescue Exception; end
        (3..8)
      end
    rescue Exception
    end
    begin
      def self.m4()
        begin; C0.send(:undef_method, :m6); rescue Exception; end
        begin; v16 = nil; rescue Exception; end
        :y4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11[:y3] = v11; rescue Exception; end
begin
  begin
    begin; v6.instance_eval(""); rescue Exception; end
    begin; C2.send(:alias_method, :m7, :allbits?); rescue Exception; end
  rescue => e
    begin
      def m8()
        38
      end
    rescue Exception
    end
  ensure
    begin; v17 = v12.clone; rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  class << v6
    begin
      v18 = lambda do |a0, *rest, p0|
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  self.public_send(:m4, v10, k0: 3) do |a0|
    v4
  end
rescue Exception
end
begin; v0.extend(Enumerable); rescue Exception; end
