GC.start
begin
  v0 = lambda do |o0 = 0|
    begin
      r1 = 0
      begin
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v1 = [16.5, 11.5]; rescue Exception; end
begin
  class << v1
    begin
      def m0(a0, *rest, p0)
        begin
          begin
            GC.start
          rescue => e
            begin; v2 = Object.new(); rescue Exception; end
            begin; 300.times { |i| proc { i } }; rescue Exception; end
          ensure
            begin; Integer.send(:alias_method, :m0, :to_a); rescue Exception; end
            begin; v3 = [a0, 87]; rescue Exception; end
          end
        rescue Exception
        end
        begin
          v4 = proc do |a0, *rest, p0|
            begin; (2..5).method(:each).call(1); rescue Exception; end
            p0
          end
        rescue Exception
        end
        rest
      end
    rescue Exception
    end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin
      Range.send(:define_method, :m1) do |a0, o0 = 0|
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v5 = v0.public_send(:to_a, k0: 2) do |a0, *rest|
    v0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m2, :to_a); rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v6 = {:k0 => self, :k1 => v1}; rescue Exception; end
begin
  class Struct
    begin; alias_method :m1, :select; rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.method(:m2); rescue Exception; end
