begin; ($stash ||= []).concat(Array.new(7) { |j| Object.new }); rescue Exception; end
GC.start
begin; Numeric.send(:alias_method, :m0, :"<="); rescue Exception; end
begin; v0 = (true..true).include?(true); rescue Exception; end
begin
  Integer.send(:define_method, :m0) do |o0 = 0|
    begin
      class << v0
        begin; v1 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
        begin; v2 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v3 = Array(o0); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; v4 = [o0]; rescue Exception; end
        begin; Object.class_variable_set(:@@k1, :y4); rescue Exception; end
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v5 = [v0, true].sort; rescue Exception; end
begin; v6 = {:k0 => "s18"}; rescue Exception; end
begin; v6.method(:"<=").call(v6, k0: 3); rescue Exception; end
begin; v7 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  v8 = Proc.new do |o0 = 0|
    begin
      class << v5
        begin
          Object.send(:define_method, :m1) do |a0, *rest, p0|
            begin; raise TypeError, "x"; rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  class << v0
    begin
      v9 = Fiber.new do |x|
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M0
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v10 = {}; rescue Exception; end
        begin
          def m1(k0: 1)
            begin
              C1.send(:define_method, :m2) do |a0, o0 = 0|
                a0
              end
            rescue Exception
            end
            begin; v11 = C1.class_variable_get(:@@k2); rescue Exception; end
            k0
          end
        rescue Exception
        end
        begin; v12 = v10.dup; rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C2
        begin; v13 = Float(21); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; alias_method :m3, :"<="; rescue Exception; end
  end
rescue Exception
end
GC.start
