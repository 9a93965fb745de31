begin
  v0 = proc do
    7
  end
rescue Exception
end
begin
  def m0(a0)
    :y2
  end
rescue Exception
end
begin; v1 = v0.instance_variable_get(:@i2); rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  begin
  rescue => e
  ensure
    begin
      begin
      rescue => e
        begin
          class << v1
            begin; v2 = Object.new((2..6), true); rescue Exception; end
            begin; C0.send(:undef_method, :m0); rescue Exception; end
            begin; p nil; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v3 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v4 = lambda do
        begin
          def m0()
            begin; v5 = String.instance_method(:m1); rescue Exception; end
            begin; C0.send(:undef_method, :message); rescue Exception; end
            63
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
    begin; Comparable.send(:alias_method, :m1, :">="); rescue Exception; end
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin
      5.times do |i|
        begin
          56.divmod(v6, :y5) do |a0, a1|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = v0.to_proc; rescue Exception; end
begin; C0.send(:define_method, :m2, v0); rescue Exception; end
begin
  class << v7
    begin; v8 = 9.5.method(:">="); rescue Exception; end
  end
rescue Exception
end
begin; v9 = v3.instance_variable_get(:@i1); rescue Exception; end
begin
  v7.public_send(:call, k0: 2) do |a0, *rest|
    rest
  end
rescue Exception
end
begin
  class << v7
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin
      begin
        begin; alias_method :m1, :m3; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v10 = proc do |k0: 1, **kws|
            :y1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
      rescue => e
        r1 += 1
        retry if r1 < 2
      ensure
        begin; p (4..5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v7; rescue Exception; end
begin; v11 = C0.new(k0: "s10"); rescue Exception; end
begin
  class << v3
    begin; C0.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = Class.new(C0) do
    begin; Object.const_set(:K0, 1); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; C1.extend(Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; v7.singleton_class.send(:define_method, :m3, v0); rescue Exception; end
begin
  class C2
    begin; v13 = C0.new(); rescue Exception; end
    begin; K1 = v13; rescue Exception; end
    begin; v14 = C2.new(k0: 2); rescue Exception; end
    begin
      v15 = Proc.new do
        v14
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v16 = v1.respond_to?(:m3, true); rescue Exception; end
begin
  class << v1
    begin; v17 = :upcase; rescue Exception; end
    begin; v18 = {}; rescue Exception; end
    begin; alias_method :m2, :m4; rescue Exception; end
  end
rescue Exception
end
