GC.start
begin; v0 = nil.respond_to?(:m0, true); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin
  v2 = lambda do |a0|
    begin
      Range.send(:define_method, :m1) do
        begin; v3 = Object.new(); rescue Exception; end
        (0..4)
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  def v2.m2()
    begin; v4 = [53, 92, 35]; rescue Exception; end
    13
  end
rescue Exception
end
begin; v5 = Hash.instance_method(:m3); rescue Exception; end
begin
  begin
    begin
      10.times do |i|
        begin
          class << v0
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin; v6 = [:y4]; rescue Exception; end
          end
        rescue Exception
        end
        begin; v7 = [:y4, i]; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; v8 = v2.to_proc; rescue Exception; end
  ensure
    begin
      begin
        begin
          v9 = Fiber.new do |x|
            Fiber.yield(x)
            (3..5)
          end
        rescue Exception
        end
        begin; v10 = v5.bind(true); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          module M0
            begin; v11 = "s14".initialize(42, k0: 3); rescue Exception; end
            begin; Object.class_variable_set(:@@k2, :y0); rescue Exception; end
            begin
              Integer.send(:define_method, :m4) do |k0: 1, **kws|
                true
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; 300.times { |i| "x" * 8 }; rescue Exception; end
      ensure
        begin; M0.send(:remove_method, :m1); rescue Exception; end
      end
    rescue Exception
    end
    begin; v12 = -1.5.respond_to?(:m5); rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; alias m6 transform_values!; rescue Exception; end
  end
rescue Exception
end
begin; v13 = v5.bind(nil); rescue Exception; end
begin
  module M2
    begin; alias_method :m7, :transform_values!; rescue Exception; end
    begin; alias_method :m0, :lstrip; rescue Exception; end
    begin; alias m8 drop; rescue Exception; end
  end
rescue Exception
end
begin; v2.instance_variable_set(:@i2, v5); rescue Exception; end
begin; v14 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  v17 = v0.m8(v13, true) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v15 = proc do |a0, *rest|
        begin
          class String
            begin; alias m9 lstrip; rescue Exception; end
          end
        rescue Exception
        end
        begin
          class << v13
            begin; Range.send(:alias_method, :m10, :lstrip); rescue Exception; end
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; v16 = v14.new("s4", v15); rescue Exception; end
    v14
  end
rescue Exception
end
begin
  Range.send(:define_method, :m11) do |a0, *rest|
    begin
      3.times do |i|
        begin; v18 = v14.clone; rescue Exception; end
      end
    rescue Exception
    end
    begin; v19 = v0.respond_to?(:m7); rescue Exception; end
    v0
  end
rescue Exception
end
begin; v20 = {:k0 => 2.5, :k1 => v14}; rescue Exception; end
begin; v21 = Object.new(); rescue Exception; end
begin
  class C3
    begin; v22 = Struct.new(:f0, :f1, :f2); rescue Exception; end
  end
rescue Exception
end
begin; K0 = true; rescue Exception; end
begin; v23 = v2.singleton_class; rescue Exception; end
begin
  class C4
    begin
      v24 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          v25 = proc do |a0, &blk|
            blk
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias_method :m6, :drop; rescue Exception; end
    begin; v26 = v24.new(); rescue Exception; end
    begin; K1 = (3..6); rescue Exception; end
  end
rescue Exception
end
begin; v27 = "s16".respond_to?(:m4); rescue Exception; end
begin; v28 = v13.call(**v20); rescue Exception; end
begin; 100.times { |i| v20[i] = [i] }; rescue Exception; end
begin
  module M6
    begin; Enumerable.send(:alias_method, :m10, :drop); rescue Exception; end
  end
rescue Exception
end
begin; v29 = [10, 20, 30, 40][v28]; rescue Exception; end
