GC.start
begin
  Array.class_eval do
    begin; v0 = 53.public_send(:"-", k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :entries); rescue Exception; end
    begin
      v1 = proc do |a0, a1|
        begin; v2 = nil; rescue Exception; end
        begin; p a0; rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v3 = true.respond_to?(:nonzero?); rescue Exception; end
begin; v4 = C0.new(); rescue Exception; end
begin
  v4.singleton_class.send(:define_method, :m1) do |a0|
    84
  end
rescue Exception
end
begin
  v5 = Fiber.new do |x|
    begin; v4.singleton_class.send(:alias_method, :m1, :"-"); rescue Exception; end
    begin; 8.times { |i| v4.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = v4.dup; rescue Exception; end
begin
  v8 = proc do |a0, &blk|
    begin
      def v6.m0(a0, &blk)
        begin
          C0.send(:define_method, :m2) do
            begin; 100.times { |i| { i => i } }; rescue Exception; end
            1.5
          end
        rescue Exception
        end
        blk
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v9 = v3.respond_to?(:m0); rescue Exception; end
begin; Numeric.send(:define_method, :m3, v8); rescue Exception; end
begin
  v6.method(:m4).call(14.5, 63) do
    v7
  end
rescue Exception
end
begin; v10 = [5.5]; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v11 = C0.new(); rescue Exception; end
begin
  self.public_send(:m3, *v10) do |a0, a1|
    self
  end
rescue Exception
end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin
  def v7.m1()
    (2..5)
  end
rescue Exception
end
begin
  class Range
    begin; alias m5 entries; rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v4.singleton_class.send(:undef_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      class << v11
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
      v12 = proc do |o0 = 0|
        begin; v8.singleton_class.send(:alias_method, :m6, :entries); rescue Exception; end
        begin; v13 = v10.clone; rescue Exception; end
        o0
      end
    rescue Exception
    end
  rescue => e
    begin
      module M1
        begin; v14 = C0.new(); rescue Exception; end
        begin
          v15 = proc do
            85
          end
        rescue Exception
        end
        begin; eval(""); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin
      class C2 < C0
        begin
          def m5(o0 = 0)
            begin; raise ArgumentError, "x"; rescue Exception; end
            begin; v16 = 4.5; rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; C2.send(:alias_method, :m7, :nonzero?); rescue Exception; end
        begin; v17 = nil.method(:"-"); rescue Exception; end
      end
    rescue Exception
    end
    begin; p "s18"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  C0.send(:define_method, :m8) do |a0, a1|
    begin; v10.singleton_class.send(:undef_method, :"-"); rescue Exception; end
    begin; v7.singleton_class.send(:alias_method, :m3, :tally); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v18 = v11.singleton_class; rescue Exception; end
begin; v19 = [42]; rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin; v20 = v4.dup; rescue Exception; end
begin
  class C3 < Hash
    begin
      v21 = Fiber.new do |x|
        Fiber.yield(x)
        80
      end
    rescue Exception
    end
    begin
      class Array
        begin; alias m9 :"-"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
