begin; v0 = self.respond_to?(:m0, true); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; Hash.send(:alias_method, :m1, :collect_concat); rescue Exception; end
GC.start
begin; Object.class_variable_set(:@@k0, nil); rescue Exception; end
begin
  module M0
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
  end
rescue Exception
end
begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v3 = ->(a0, a1) do
    a0
  end
rescue Exception
end
begin; v4 = (2..4); rescue Exception; end
begin
  10.times do |i|
    begin
      class C1
        begin
          def m2()
            begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
            nil
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = v2.new(); rescue Exception; end
begin; C1.class_variable_set(:@@k1, v0); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m2, :ceildiv); rescue Exception; end
begin
  v7 = Class.new(C1) do
    begin; v8 = Object.new(); rescue Exception; end
    begin; C2.instance_variable_set(:@k0, v8); rescue Exception; end
    begin
      Hash.class_eval do
        begin; v9 = v8.dup; rescue Exception; end
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m2, :m3); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v10 = v3.dup; rescue Exception; end
begin
  v11 = Fiber.new do |x|
    begin; v4.collect_concat(x, v4); rescue Exception; end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  v7.singleton_class.send(:define_method, :m4) do
    begin; v12 = C1.instance_variable_get(:@k1); rescue Exception; end
    self
  end
rescue Exception
end
begin
  v13 = ->(o0 = 0) do
    o0
  end
rescue Exception
end
begin; 30.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; p v0; rescue Exception; end
