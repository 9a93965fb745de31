GC.start
begin
  v3 = Fiber.new do |x|
    begin
      def m0()
        begin
          v0 = lambda do |a0, o0 = 0|
            begin; 300.times { |i| "x" * 8 }; rescue Exception; end
            o0
          end
        rescue Exception
        end
        (4..9)
      end
    rescue Exception
    end
    begin
      v1 = proc do |a0|
        begin; v2 = nil; rescue Exception; end
        a0
      end
    rescue Exception
    end
    Fiber.yield(x)
    (2..2)
  end
rescue Exception
end
GC.start
begin
  2.times do |i|
    begin; K0 = i; rescue Exception; end
    begin
      v4 = proc do |o0 = 0|
        begin; v5 = Object.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = proc do |a0, &blk|
    begin; v7 = blk.method(:m1); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  class << v3
    begin
      class C0
        begin; v8 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
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
  v9 = proc do
    begin; v6.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
    GC.start
    (2..6)
  end
rescue Exception
end
begin; v10 = 14.5.respond_to?(:m0, true); rescue Exception; end
begin; v11 = v3.public_send(:m4, v10, v10); rescue Exception; end
begin; C0.send(:define_method, :m5, v9); rescue Exception; end
begin
  v6.singleton_class.send(:define_method, :m6) do |a0|
    begin
      class << v6
        begin; Integer.send(:alias_method, :m7, :m8); rescue Exception; end
        begin; v12 = Object.new(); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin; v13 = self.send(:m9, &v6); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v14 = (2..3); rescue Exception; end
begin
  v15 = proc do |o0 = 0|
    GC.start
    o0
  end
rescue Exception
end
begin
  class << v15
    begin; C0.send(:include, Comparable); rescue Exception; end
    begin; v16 = Struct.new(:f0, :f1); rescue Exception; end
    begin; v17 = v16.respond_to?(:m10); rescue Exception; end
  end
rescue Exception
end
begin
  class << v10
    begin
      C0.send(:define_method, :m4) do
        begin
          def self.m11()
            K0
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
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v11
    begin; alias_method :m2, :"-"; rescue Exception; end
  end
rescue Exception
end
