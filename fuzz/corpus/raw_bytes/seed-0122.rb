begin; ($stash ||= []).concat(Array.new(12) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin; Array.send(:alias_method, :m0, :open); rescue Exception; end
begin; v0 = -3.respond_to?(:m0, true); rescue Exception; end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v0.instance_variable_set(:@m0, $stash.shift) }; rescue Exception; end
begin
  v1 = Fiber.new do |x|
    Fiber.yield(x)
    nil
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m0) do |a0|
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v2 = C0.new(); rescue Exception; end
        begin; 300.times { |i| Object.new }; rescue Exception; end
        begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v2.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
        begin
          class C1 < Numeric
            begin
              C0.send(:define_method, :m0) do
                9.5
              end
            rescue Exception
            end
            begin; alias_method :m1, :to_r; rescue Exception; end
            begin; v3 = -1.5; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v4 = Class.new(Array) do
        begin; C1.send(:remove_method, :m2); rescue Exception; end
        begin
          include Enumerable
          def each
            yield 1
            yield 2
            self
          end
        rescue Exception
        end
        begin; String.send(:alias_method, :m3, :m1); rescue Exception; end
        begin; p 10.5; rescue Exception; end
      end
    rescue Exception
    end
    97
  end
rescue Exception
end
begin
  class << v1
    begin
      class C3 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v5 = []; rescue Exception; end
        begin
          class << v5
            begin; C3.class_variable_set(:@@k1, true); rescue Exception; end
          end
        rescue Exception
        end
        begin; C0.instance_variable_set(:@k2, nil); rescue Exception; end
        begin; v6 = C2.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v7 = C3.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = [v0, self]; rescue Exception; end
begin; v9 = C3.class_variable_get(:@@k1); rescue Exception; end
begin; Range.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k2, v0); rescue Exception; end
begin
  class C4
    begin
      def m6(a0, o0 = 0, *rest, k0: 1, &blk)
        begin; v10 = C1.new("s0"); rescue Exception; end
        begin; C4.send(:alias_method, :m7, :">="); rescue Exception; end
        o0
      end
    rescue Exception
    end
    begin
      class C5 < C1
        begin; v11 = :y0; rescue Exception; end
        begin; v12 = v11.send(:">=", 20); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m7, :open); rescue Exception; end
begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
begin; Kernel.send(:alias_method, :m3, :open); rescue Exception; end
begin; v13 = v8.singleton_class; rescue Exception; end
begin; K0 = v13; rescue Exception; end
begin
  class C6 < String
    begin; v14 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  class << v1
    GC.start
  end
rescue Exception
end
begin
  v15 = Class.new(String) do
    begin; v16 = C6.new(); rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; v17 = v16.m1(1); rescue Exception; end
  end
rescue Exception
end
begin; v18 = v1.resume(1); rescue Exception; end
begin; v8 << v13; rescue Exception; end
begin
  v8.singleton_class.send(:define_method, :m8) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v13.singleton_class.send(:alias_method, :m9, :open); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
