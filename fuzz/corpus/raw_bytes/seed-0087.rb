begin
  module M0
    begin; alias m0 to_a; rescue Exception; end
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
      v0 = ->(a0, *rest, p0) do
        begin
          def m1()
            nil
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
        begin; v2 = C1.new(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; C1.send(:include, M0); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin; v3 = 17.5.method(:m0); rescue Exception; end
    begin; v4 = C1.new(v3, v3); rescue Exception; end
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m2, :to_a; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m3, :to_a); rescue Exception; end
begin; v5 = []; rescue Exception; end
begin; C1.send(:alias_method, :m3, :to_a); rescue Exception; end
begin; C1.send(:alias_method, :m0, :m3); rescue Exception; end
begin
  String.send(:define_method, :m4) do |k0: 1|
    20
  end
rescue Exception
end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin; v6 = v1.new(); rescue Exception; end
begin
  1.times do |i|
    GC.start
  end
rescue Exception
end
begin; v7 = C1.new(); rescue Exception; end
GC.start
begin
  class Range
    begin; alias_method :m5, :to_a; rescue Exception; end
    begin; alias_method :m6, :to_a; rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m4, :to_a); rescue Exception; end
begin
  class << v6
    begin; Hash.send(:alias_method, :m1, :m5); rescue Exception; end
    begin; v8 = [self, self, 22]; rescue Exception; end
    begin
      v8.instance_eval do
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  module M2
    begin; v9 = 6.5.send(:"<<"); rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  C1.send(:define_method, :m4) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
begin
  class Range
    begin; alias m7 to_a; rescue Exception; end
    begin; alias_method :m8, :message; rescue Exception; end
  end
rescue Exception
end
begin; v10 = :y2; rescue Exception; end
begin; v1.send(:alias_method, :m9, :message); rescue Exception; end
