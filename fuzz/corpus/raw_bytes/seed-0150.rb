GC.start
begin
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    :y1
  end
rescue Exception
end
begin
  v1 = v0.m0(71, k0: 3) do
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
    v0
  end
rescue Exception
end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      Object.send(:define_method, :m1) do
        begin
          Object.send(:define_method, :m2) do
            v0
          end
        rescue Exception
        end
        "s1"
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  1.times do |i|
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = Object.class_variable_get(:@@k2); rescue Exception; end
begin; v4 = v0.send(:m1, v2); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; v6 = v2.respond_to?(:m0); rescue Exception; end
begin; v7 = v1.send(:m0); rescue Exception; end
begin
  class << v1
    begin
      v8 = Class.new(String) do
        begin; v9 = []; rescue Exception; end
        begin; true.m0(*v9); rescue Exception; end
        begin
          class << v9
            begin; alias m2 m0; rescue Exception; end
            begin
              def m0(a0, &blk)
                a0
              end
            rescue Exception
            end
            begin; v10 = {:k0 => 15}; rescue Exception; end
          end
        rescue Exception
        end
        begin; p v9; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:remove_method, :m1); rescue Exception; end
GC.start
begin
  v11 = proc do |a0, o0 = 0|
    begin; ($stash ||= []).concat(Array.new(4) { |j| [[j], { j => [j] }] }); rescue Exception; end
    begin
      class << v2
        begin
          def self.m3(a0, &blk)
            begin; 100.times { |i| Object.new }; rescue Exception; end
            begin; v12 = 7.5.send(:ceil, nil, true); rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; K0 = v7; rescue Exception; end
begin; String.send(:alias_method, :m4, :min_by); rescue Exception; end
begin
  class Exception
    begin; alias m4 message; rescue Exception; end
  end
rescue Exception
end
begin; v13 = "s10"; rescue Exception; end
begin; v14 = C0.new(v3, (0..2)); rescue Exception; end
GC.start
