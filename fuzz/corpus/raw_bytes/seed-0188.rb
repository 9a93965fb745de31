begin; ($stash ||= []).concat(Array.new(8) { |j| Object.new }); rescue Exception; end
GC.start
begin; 300.times { |i| Object.new }; rescue Exception; end
begin; v0 = :upcase; rescue Exception; end
begin; v1 = { "s0" => 1, self => 2 }["s0"]; rescue Exception; end
begin
  GC.start
  h1 = []
  GC.start; GC.start
  1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; h1.concat([$stash.shift]) }
rescue Exception
end
begin
  class C0
    begin; C0.class_variable_set(:@@k0, 9.5); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; Comparable.send(:alias_method, :m0, :"=="); rescue Exception; end
        begin
          v2 = ->(a0, &blk) do
            begin
              def m1(a0, o0 = 0)
                a0
              end
            rescue Exception
            end
            nil
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v3 = C1.instance_variable_get(:@k0); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v1.send(:m1, "s13", k0: 3); rescue Exception; end
begin
  v5 = Fiber.new do |x|
    begin; v0.inspect(14, v1); rescue Exception; end
    Fiber.yield(x)
    "s14"
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :m2); rescue Exception; end
begin; v6 = [27, v5, v5]; rescue Exception; end
begin
  class << v4
    begin; v7 = Object.new(); rescue Exception; end
    begin; v8 = Object.new(v7); rescue Exception; end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k0, v1); rescue Exception; end
begin
  class C2 < Array
    begin
      C0.send(:define_method, :m3) do |a0, a1|
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 100.times { |i| v6 << i.to_s }; rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  class << v6
    begin
      10.5.inspect() do |a0, o0 = 0|
        68
      end
    rescue Exception
    end
    begin; v9 = C1.class_variable_get(:@@k0); rescue Exception; end
  end
rescue Exception
end
begin
  class << v6
    begin
      v10 = Class.new(Object) do
        begin; v11 = nil.respond_to?(:m4, true); rescue Exception; end
        begin; v12 = Struct.new(:f0, :f1, :f2); rescue Exception; end
        begin
          class << v12
            begin
              C1.send(:define_method, :m5) do |a0|
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k1, 7.5); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin
  3.times do |i|
    begin; C2.instance_variable_set(:@k0, v6); rescue Exception; end
    begin; v0.name(*v6); rescue Exception; end
  end
rescue Exception
end
GC.start
