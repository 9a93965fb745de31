begin
  v0 = Class.new(Numeric) do
    GC.start
  end
rescue Exception
end
begin; v1 = v0.clone; rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    v1
  end
rescue Exception
end
begin
  class Numeric
    begin; alias m1 negative?; rescue Exception; end
    begin; alias_method :m2, :sub!; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; alias_method :m2, :negative?; rescue Exception; end
    begin
      v2 = Fiber.new do |x|
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v1
    begin
      v3 = Fiber.new do |x|
        begin; Object.extend(Enumerable); rescue Exception; end
        Fiber.yield(x)
        13
      end
    rescue Exception
    end
    begin
      def m3()
        19.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i3, v1); rescue Exception; end
begin; v4 = 4.5; rescue Exception; end
begin; v5 = C0.new(); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  v5.send(:m4) do |a0, o0 = 0|
    begin
      class << v0
        begin
          v6 = proc do
            begin; C0.send(:remove_method, :m5); rescue Exception; end
            begin
              C0.send(:define_method, :m6) do |a0, o0 = 0, *rest, k0: 1, &blk|
                a0
              end
            rescue Exception
            end
            5
          end
        rescue Exception
        end
        begin; K0 = v6; rescue Exception; end
        begin; v7 = C0.new(v6, K0); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin
  module M1
    begin; v8 = :y2.send(:empty?, "s9", :y2); rescue Exception; end
    begin; Range.send(:alias_method, :m7, :negative?); rescue Exception; end
    begin
      class String
        begin; alias m8 sub!; rescue Exception; end
        begin; alias_method :m9, :sub!; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.send(:remove_method, :negative?); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m8, :negative?); rescue Exception; end
begin
  v0.instance_eval do
  end
rescue Exception
end
begin
  C0.send(:define_method, :m10) do |a0|
    begin; v9 = K0.respond_to?(:m11); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v10 = C0.new(); rescue Exception; end
begin
  v11 = proc do |a0, o0 = 0|
    begin; K1 = v4; rescue Exception; end
    begin; v12 = K1.respond_to?(:m11); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v13 = Object.new(); rescue Exception; end
begin
  class << v1
    begin
      C0.send(:define_method, :m11) do |o0 = 0|
        begin; alias_method :m10, :m5; rescue Exception; end
        (4..7)
      end
    rescue Exception
    end
    begin; v14 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; v15 = nil; rescue Exception; end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin
      v16 = Class.new(C0) do
        begin
          class C3
            begin; Object.send(:alias_method, :m3, :yield_self); rescue Exception; end
            begin; "s6".send(:"[]=", 9.5, :y0); rescue Exception; end
            begin; v17 = C2.instance_method(:m1); rescue Exception; end
            begin; v18 = v17.m9("s9", k0: 3); rescue Exception; end
          end
        rescue Exception
        end
        begin; C0.send(:alias_method, :m10, :yield_self); rescue Exception; end
      end
    rescue Exception
    end
    begin; v19 = v11.to_proc; rescue Exception; end
  end
rescue Exception
end
begin
  module M4
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
begin
  class String
    begin; alias_method :m9, :sub!; rescue Exception; end
  end
rescue Exception
end
begin; v20 = {:k0 => v1}; rescue Exception; end
begin
  def m4()
    true
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v21 = self.m4(**v20); rescue Exception; end
begin; p v0; rescue Exception; end
