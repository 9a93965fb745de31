GC.start
begin
  module M0
    begin; v0 = 52.respond_to?(:m0); rescue Exception; end
    begin; v1 = :upcase; rescue Exception; end
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
begin
  v2 = ->(k0: 1) do
    k0
  end
rescue Exception
end
begin; K0 = 11; rescue Exception; end
begin; Object.class_variable_set(:@@k0, v2); rescue Exception; end
begin; v3 = v2.send(:">>", k0: nil); rescue Exception; end
begin
  v8 = Fiber.new do |x|
    begin
      class C1 < Hash
        begin; v4 = 19.5; rescue Exception; end
        begin; v5 = 17.5.respond_to?(:">="); rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M2
        begin; v6 = C1.new(); rescue Exception; end
        begin; v7 = 11.to_i(1); rescue Exception; end
        begin; p v7; rescue Exception; end
      end
    rescue Exception
    end
    Fiber.yield(x)
    :y2
  end
rescue Exception
end
begin
  class << v8
    begin
      class C3 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v9 = C1.new(k0: 2); rescue Exception; end
        begin; v10 = C1.new(); rescue Exception; end
        begin; v11 = v9.clone; rescue Exception; end
        begin; v12 = {:k0 => v11, :k1 => v9}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = Object.new(); rescue Exception; end
begin
  5.times do |i|
    begin; v14 = v8.resume(1); rescue Exception; end
    begin
      class Hash
        begin; alias m1 fetch_values; rescue Exception; end
        begin; alias_method :m1, :first; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C3.send(:alias_method, :m0, :fetch_values); rescue Exception; end
begin
  v15 = proc do |a0, a1|
    begin; K1 = v8; rescue Exception; end
    begin; v2.public_send(:call, k0: v3); rescue Exception; end
    v2
  end
rescue Exception
end
begin; v16 = (v3..v13).include?(v3); rescue Exception; end
