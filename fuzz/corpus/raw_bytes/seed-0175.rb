GC.start
begin
  Integer.send(:define_method, :m0) do |a0, o0 = 0|
    begin; Object.const_set(:K0, 46); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  Array.send(:define_method, :m1) do
    begin; v0 = 52; rescue Exception; end
    begin
      v1 = Fiber.new do |x|
        begin
          class C0 < Array
            begin; 74.tap(:y2, k0: 3); rescue Exception; end
          end
        rescue Exception
        end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin
  C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v2 = C0.new(2.5); rescue Exception; end
    begin; C0.send(:undef_method, :m3); rescue Exception; end
    k0
  end
rescue Exception
end
GC.start
begin; v3 = C0.new(k0: nil); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m4, :open); rescue Exception; end
begin; v4 = C0.instance_method(:open); rescue Exception; end
begin
  v5 = proc do
    begin
      v6 = proc do |a0, &blk|
        K0
      end
    rescue Exception
    end
    v3
  end
rescue Exception
end
begin; v7 = Integer(:y2); rescue Exception; end
begin; p K0; rescue Exception; end
begin; v8 = v4.bind(v7); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      class << v4
        begin
          5.times do |i|
            begin; p true; rescue Exception; end
          end
        rescue Exception
        end
        begin; v9 = C0.new(); rescue Exception; end
        begin
          class C1 < Numeric
            begin
              def coerce(a0)
                a0
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
            begin
              C1.send(:define_method, :m5) do |o0 = 0|
                true
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    begin; C0.class_variable_set(:@@k2, v7); rescue Exception; end
    begin; C0.send(:include, Comparable); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v10 = v7.public_send(:m1, 1); rescue Exception; end
begin
  module M2
    begin; v11 = (0..3); rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = {:k0 => v7}; rescue Exception; end
begin; p v12; rescue Exception; end
begin; K1 = 95; rescue Exception; end
begin
  def m6(o0 = 0)
    begin; C1.send(:alias_method, :m0, :tap); rescue Exception; end
    o0
  end
rescue Exception
end
begin
  5.times do |i|
    begin; v13 = { v12 => 1, v12 => 2 }[v12]; rescue Exception; end
  end
rescue Exception
end
begin; K2 = v8; rescue Exception; end
