GC.start
begin; v0 = self.send(:lstrip, 1); rescue Exception; end
begin
  5.times do |i|
    begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v2 = 33; rescue Exception; end
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :lstrip); rescue Exception; end
begin
  class << v0
    begin; Range.send(:alias_method, :m0, :lstrip); rescue Exception; end
    begin
      begin
        begin
          v3 = proc do
            begin; K0 = (4..7); rescue Exception; end
            "s7"
          end
        rescue Exception
        end
        begin
          v4 = proc do |o0 = 0|
            begin; v5 = o0.respond_to?(:m1); rescue Exception; end
            begin
              def m2(a0, a1)
                a1
              end
            rescue Exception
            end
            v3
          end
        rescue Exception
        end
      rescue => e
        begin
          def m3()
            begin; :y3.method(:to_sym).call(k0: 2); rescue Exception; end
            begin; Object.const_set(:K1, 15.5); rescue Exception; end
            (2..7)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K2 = self; rescue Exception; end
begin; p 18.5; rescue Exception; end
begin; v6 = String.instance_method(:lstrip); rescue Exception; end
begin; v7 = Struct.new(:f0); rescue Exception; end
begin
  def v7.m4(a0, &blk)
    GC.start
    true
  end
rescue Exception
end
begin; v8 = nil; rescue Exception; end
begin; v7.singleton_class.send(:define_method, :m5, v6); rescue Exception; end
begin
  String.send(:define_method, :m2) do |a0, a1|
    begin; v9 = Hash.instance_method(:m3); rescue Exception; end
    a1
  end
rescue Exception
end
begin; C0.send(:remove_method, :m6); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  Object.send(:define_method, :m5) do
    83
  end
rescue Exception
end
begin
  Integer.class_eval do
    begin; Array.send(:alias_method, :m7, :lstrip); rescue Exception; end
  end
rescue Exception
end
begin
  v12 = v6.m8() do |a0, a1|
    begin
      v11 = v0.lstrip(self, k0: 3) do |a0, *rest|
        begin; Array.send(:alias_method, :m9, :transform_values!); rescue Exception; end
        begin
          class C0
            begin; v10 = nil.method(:lstrip); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; 100.times { |i| proc { i } }; rescue Exception; end
    a1
  end
rescue Exception
end
begin
  v13 = Fiber.new do |x|
    Fiber.yield(x)
    nil
  end
rescue Exception
end
begin; v14 = self.respond_to?(:m3); rescue Exception; end
begin
  v15 = lambda do |a0, *rest, p0|
    begin; v16 = v7.clone; rescue Exception; end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    v12
  end
rescue Exception
end
begin; p nil; rescue Exception; end
begin
  module M1
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; alias m10 m2; rescue Exception; end
  end
rescue Exception
end
begin
  class << v13
    begin; v17 = C0.new(); rescue Exception; end
    begin; 8.times { |i| v17.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  class C2
    begin
      v18 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v19 = :y1; rescue Exception; end
      end
    rescue Exception
    end
    begin; v18.instance_variable_set(:@i0, nil); rescue Exception; end
    begin; v18.singleton_class.send(:undef_method, :m2); rescue Exception; end
    begin; v20 = v18.singleton_class; rescue Exception; end
  end
rescue Exception
end
