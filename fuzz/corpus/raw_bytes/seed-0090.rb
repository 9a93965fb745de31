GC.start
begin; p :y3; rescue Exception; end
begin
  class Integer
    begin; alias_method :m0, :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin
      class Integer
        begin; alias_method :m0, :"<=>"; rescue Exception; end
      end
    rescue Exception
    end
    begin; alias_method :m0, :m0; rescue Exception; end
    begin; v0 = (3..6).method(:"<=>"); rescue Exception; end
  end
rescue Exception
end
begin
  v1 = Fiber.new do |x|
    Fiber.yield(x)
    10.5
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v1
        begin; K0 = 2; rescue Exception; end
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn0")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn0") || super
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  1.times do |i|
    begin; v2 = {:k0 => v1}; rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; Hash.extend(M0); rescue Exception; end
GC.start
begin
  class C1 < Exception
    begin
      v3 = Class.new(Array) do
        begin; p "s19"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class Integer
        begin; alias_method :m1, :"<=>"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v4 = Float(v3); rescue Exception; end
  end
rescue Exception
end
begin; v5 = C1.new(); rescue Exception; end
begin; v6 = C1.class_variable_get(:@@k1); rescue Exception; end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin; 100.times { |i| v5.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v7 = proc do |a0, &blk|
    begin; v8 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v9 = {:k0 => v5}; rescue Exception; end
    blk
  end
rescue Exception
end
begin; v10 = (v5..3.5).include?(v5); rescue Exception; end
begin; v7.singleton_class.send(:undef_method, :m2); rescue Exception; end
begin; M0.send(:remove_method, :"<=>"); rescue Exception; end
begin
  class C3
    begin; Integer.send(:alias_method, :m3, :"<=>"); rescue Exception; end
    begin; v11 = "s6".respond_to?(:m4); rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:alias_method, :m4, :"<=>"); rescue Exception; end
begin
  class C4 < Exception
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
    begin; alias_method :m5, :message; rescue Exception; end
    begin
      class Integer
        begin; alias m3 :"<=>"; rescue Exception; end
        begin; alias_method :m6, :"<=>"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Fiber.new do |x|
    begin; v7.extend(M0); rescue Exception; end
    begin; C2.class_variable_set(:@@k0, (1..2)); rescue Exception; end
    Fiber.yield(x)
    v7
  end
rescue Exception
end
