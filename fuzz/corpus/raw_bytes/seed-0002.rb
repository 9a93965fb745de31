GC.start
begin
  class C0 < Array
    begin; alias m0 message; rescue Exception; end
    begin; C0.send(:alias_method, :m1, :min_by); rescue Exception; end
    begin
      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
      def to_str; "c#{to_int}"; end
      def to_ary; [to_int, to_str]; end
      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
      def hash; to_int.hash; end
      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
      def ==(o); eql?(o); end
      def coerce(o); [o, to_int]; end
    rescue Exception
    end
    begin
      begin
        begin; C0.instance_variable_set(:@k2, 82); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def self.m1(a0, o0 = 0, *rest, k0: 1, &blk)
            GC.start
            65
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
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    :y0
  end
rescue Exception
end
begin; v1 = C0.new(); rescue Exception; end
begin
  class << v1
    begin; C0.class_variable_set(:@@k1, 83); rescue Exception; end
    begin; alias_method :m1, :min_by; rescue Exception; end
    begin; v2 = true.send(:m1, :y1); rescue Exception; end
  end
rescue Exception
end
begin
  C0.class_eval do
    begin; p 27; rescue Exception; end
    begin
      class << v0
        begin; :y5.overlap?(k0: 26); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = {}; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :m0); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
    begin; Hash.send(:alias_method, :m3, :m2); rescue Exception; end
    begin; 92.send(:message, k0: :y5); rescue Exception; end
  end
rescue Exception
end
begin
  def m4(a0, &blk)
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4 = String(v1); rescue Exception; end
GC.start
begin; v5 = C0.new(); rescue Exception; end
begin; Enumerable.send(:alias_method, :m0, :min_by); rescue Exception; end
begin; v6 = v3.singleton_class; rescue Exception; end
begin; v7 = v6.new(); rescue Exception; end
begin
  class << v0
    begin
      v9 = Fiber.new do |x|
        begin; Array.send(:alias_method, :m2, :m5); rescue Exception; end
        begin; v8 = C1.new(0.5, (0..3)); rescue Exception; end
        Fiber.yield(x)
        (4..8)
      end
    rescue Exception
    end
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
