begin; v0 = Object.new(); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
begin
  class << v0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      v1 = proc do |a0, *rest, p0|
        begin
          Range.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; v2 = [a0]; rescue Exception; end
            o0
          end
        rescue Exception
        end
        3.5
      end
    rescue Exception
    end
    begin; K0 = v1; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v3 = v0.public_send(:m1, 1); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      1.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v4 = Float(self); rescue Exception; end
    begin
      def self.m2(a0, *rest)
        19
      end
    rescue Exception
    end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; C0.send(:alias_method, :m1, :loop); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  v6 = v0.m3(v0) do |k0: 1|
    begin; v5 = v0.instance_variable_get(:@i2); rescue Exception; end
    k0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m4, :loop); rescue Exception; end
begin; K1 = v6; rescue Exception; end
