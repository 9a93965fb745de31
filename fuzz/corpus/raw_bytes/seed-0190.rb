begin; raise ArgumentError, "x"; rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; p 68; rescue Exception; end
begin
  Array.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
    true
  end
rescue Exception
end
begin
  1.times do |i|
    begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin
  def m3(k0: 1, **kws)
    begin; String.send(:alias_method, :m4, :each_pair); rescue Exception; end
    begin; v0 = Object.new(); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  v2 = :y3.send(:capitalize, k0: 5.5) do |k0: 1, **kws|
    begin
      v1 = 0.5.send(:"<", (1..6), nil) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
begin
  Object.send(:define_method, :m5) do |a0, a1|
    a0
  end
rescue Exception
end
begin; v3 = v2.method(:m6); rescue Exception; end
begin
  v4 = ->() do
    begin; Numeric.send(:alias_method, :m7, :each_pair); rescue Exception; end
    v3
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v5 = v4.instance_variable_get(:@i3); rescue Exception; end
begin; v6 = v4.clone; rescue Exception; end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  Integer.send(:define_method, :m8) do |a0|
    a0
  end
rescue Exception
end
begin; v4.m9(v2); rescue Exception; end
GC.start
begin
  v4.source_location(true, k0: 3) do |a0, a1|
    nil
  end
rescue Exception
end
begin; v7 = true; rescue Exception; end
begin
  class C0
    begin
      class C1 < Numeric
        begin
          module M2
            begin
              def m10()
                53
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; p nil; rescue Exception; end
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
      C0.send(:define_method, :m3) do |a0|
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; :y0.public_send(:size); rescue Exception; end
        :y3
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m11, :yield_self); rescue Exception; end
begin
  begin
    begin; v8 = v3.respond_to?(:m3); rescue Exception; end
  rescue => e
    begin
      v9 = Proc.new do |k0: 1|
        begin; C0.send(:alias_method, :m5, :yield_self); rescue Exception; end
        (4..8)
      end
    rescue Exception
    end
  ensure
    begin; v10 = v2.public_send(:m10, k0: 2); rescue Exception; end
  end
rescue Exception
end
begin
  v4.instance_eval do
    begin; v11 = v7.method(:each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
  end
rescue Exception
end
begin; v12 = Array.instance_method(:each_pair); rescue Exception; end
begin; Numeric.send(:define_method, :m6, v6); rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; C1.send(:alias_method, :m8, :yield_self); rescue Exception; end
begin
  def m3(a0)
    begin; v13 = [19.5, a0]; rescue Exception; end
    begin
      v15 = v13.public_send(:push, v13, *v13, k0: 3) do
        begin
          v14 = Fiber.new do |x|
            Fiber.yield(x)
            a0
          end
        rescue Exception
        end
        "s13"
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v16 = v2.method(:m6); rescue Exception; end
