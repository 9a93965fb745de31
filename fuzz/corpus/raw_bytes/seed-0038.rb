GC.start
begin; v0 = true.m0(14.5); rescue Exception; end
begin
  class << v0
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; alias_method :m1, :anybits?; rescue Exception; end
        GC.start
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
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1 = proc do |k0: 1, **kws|
    k0
  end
rescue Exception
end
GC.start
begin
  class << v0
    begin
      module M1
        begin; v2 = true; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v3 = lambda do |a0, &blk|
        begin; v4 = true; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      class << v3
        begin; v5 = C0.new(); rescue Exception; end
        begin
          1.times do |i|
            begin; C0.send(:alias_method, :m2, :eql?); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class << v5
            begin
              def m0(o0 = 0)
                o0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = Fiber.new do |x|
    Fiber.yield(x)
    "s11"
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v7 = :y4.method(:m3); rescue Exception; end
begin
  def v1.m4()
    nil
  end
rescue Exception
end
begin
  self.m2(k0: v1) do
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v1.singleton_class.send(:undef_method, :m5); rescue Exception; end
begin; v8 = 41; rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :tap); rescue Exception; end
