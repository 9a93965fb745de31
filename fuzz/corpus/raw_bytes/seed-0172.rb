GC.start
begin; v0 = :upcase; rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |a0, a1|
    a1
  end
rescue Exception
end
begin; v1 = Object.new(1); rescue Exception; end
begin; M0.send(:undef_method, :clamp); rescue Exception; end
begin
  def m1(a0, *rest)
    begin
      r1 = 0
      begin
        begin
          v2 = proc do
            begin; 10.times { |i| [i, i] }; rescue Exception; end
            rest
          end
        rescue Exception
        end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin
  v3 = lambda do
    begin; v1.public_send(:m2); rescue Exception; end
    28
  end
rescue Exception
end
begin
  module M0
    begin
      def m3(a0, a1)
        begin; Numeric.send(:alias_method, :m4, :m5); rescue Exception; end
        begin; v4 = a0.method(:m6); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v5 = "s9"; rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(); rescue Exception; end
begin; Numeric.send(:alias_method, :m7, :none?); rescue Exception; end
begin; v7 = nil; rescue Exception; end
begin
  class << v6
    begin; Object.send(:prepend, M0); rescue Exception; end
  end
rescue Exception
end
begin
  def m8()
    begin; v8 = nil; rescue Exception; end
    begin; Range.send(:alias_method, :m9, :m10); rescue Exception; end
    66
  end
rescue Exception
end
begin; M0.send(:remove_method, :clamp); rescue Exception; end
begin; 8.times { |i| v6.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v9 = Fiber.new do |x|
    Fiber.yield(x)
    :y2
  end
rescue Exception
end
begin; v1.instance_eval("begin; v10 = v3.clone; rescue Exception; end"); rescue Exception; end
begin; String.send(:alias_method, :m0, :m11); rescue Exception; end
begin
  class << v9
    begin
      2.times do |i|
        begin
          Object.send(:define_method, :m2) do |a0, *rest, p0|
            begin
              def m8(a0)
                nil
              end
            rescue Exception
            end
            :y1
          end
        rescue Exception
        end
        begin
          def self.m3(k0: 1)
            (2..2)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; alias m0 m11; rescue Exception; end
  end
rescue Exception
end
begin; v11 = Struct.new(:f0); rescue Exception; end
begin
  v12 = proc do |a0, a1|
    v7
  end
rescue Exception
end
begin
  v13 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      C1.class_eval do
        begin; v14 = C1.new(); rescue Exception; end
        begin; Enumerable.send(:alias_method, :m1, :none?); rescue Exception; end
      end
    rescue Exception
    end
    begin; v15 = "s11"; rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; v15.singleton_class.send(:alias_method, :m10, :m7); rescue Exception; end
  end
rescue Exception
end
begin; C1.send(:alias_method, :m8, :m10); rescue Exception; end
begin; Comparable.send(:alias_method, :m0, :clamp); rescue Exception; end
begin; v16 = v6.respond_to?(:m9); rescue Exception; end
begin
  class C2
    begin
      v17 = Class.new(String) do
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m9(a0, &blk)
        begin; C3.send(:alias_method, :m7, :none?); rescue Exception; end
        :y3
      end
    rescue Exception
    end
    begin; K0 = 6; rescue Exception; end
    begin; alias_method :m8, :clamp; rescue Exception; end
  end
rescue Exception
end
begin; p :y3; rescue Exception; end
begin; C2.send(:alias_method, :m8, :message); rescue Exception; end
