GC.start
begin
  module M0
    begin
      def m0()
        true
      end
    rescue Exception
    end
    begin
      v0 = proc do
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = Object.new(self); rescue Exception; end
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  begin
    begin; p v1; rescue Exception; end
  rescue => e
    begin; v2 = {:k0 => v1}; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin
  module M1
    begin
      v3 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m1(a0, o0 = 0)
    begin; v4 = Object.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v5 = Hash.instance_method(:m2); rescue Exception; end
begin
  module M2
    begin; v6 = {:k0 => :y1}; rescue Exception; end
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v7 = Object.new(k0: v1); rescue Exception; end
GC.start
begin
  def v1.m3(a0)
    begin
      v8 = lambda do
        begin
          5.times do |i|
            begin
              Object.send(:define_method, :m4) do |a0, o0 = 0|
                true
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; v9 = [:y5]; rescue Exception; end
        6.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  module M3
    begin; M0.send(:undef_method, :m4); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v10 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v12 = lambda do |o0 = 0|
        begin
          v1.public_send(:m5, rest) do |a0|
            begin; v13 = Hash.instance_method(:m3); rescue Exception; end
            49
          end
        rescue Exception
        end
        begin
          class << v7
            begin
              def m4()
                "s13"
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        v5
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin
  v17 = Fiber.new do |x|
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          module M4
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
          v14 = lambda do
            v5
          end
        rescue Exception
        end
      ensure
        begin
          v15 = Class.new(Array) do
            begin; v16 = "s12".respond_to?(:m6); rescue Exception; end
            begin
              String.send(:define_method, :m7) do |a0|
                v16
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    Fiber.yield(x)
    3.5
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin; C5.send(:alias_method, :m8, :each_with_object); rescue Exception; end
begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      v18 = proc do |a0, a1|
        GC.start
        begin; v7.instance_variable_set(:@i3, v7); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin
      def m9(a0, a1)
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v19 = v5.bind(v11); rescue Exception; end
begin; v20 = v11.instance_variable_get(:@i0); rescue Exception; end
begin
  v17.m10(1) do |a0, &blk|
    begin; K0 = nil; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  v11.singleton_class.send(:define_method, :m11) do
    begin
      class C6 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; alias_method :m4, :abs; rescue Exception; end
        begin; alias_method :m0, :zero?; rescue Exception; end
        begin; v21 = C5.new(); rescue Exception; end
      end
    rescue Exception
    end
    v11
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v22 = v5.bind("s6"); rescue Exception; end
begin
  class Array
    begin; alias_method :m1, :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin
  class C7 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C6.send(:define_method, :m8) do
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
        "s10"
      end
    rescue Exception
    end
    begin; v23 = self.public_send(:m11, true, (0..5)); rescue Exception; end
    begin; v24 = {:k0 => v23}; rescue Exception; end
    begin; v25 = C5.new(); rescue Exception; end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v26 = v5.public_send(:"<=>", self); rescue Exception; end
