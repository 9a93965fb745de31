GC.start
begin; v0 = true.method(:m0); rescue Exception; end
begin; v1 = v0.public_send(:owner, &v0); rescue Exception; end
begin; v2 = [v0, v0, v0]; rescue Exception; end
begin; v3 = (2..4).send(:member?, k0: v1); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      Range.class_eval do
        begin
          r2 = 0
          begin
            begin; v4 = :y2.respond_to?(:m1, true); rescue Exception; end
          rescue => e
            begin
              def m1(k0: 1)
                "s11"
              end
            rescue Exception
            end
            r2 += 1
            retry if r2 < 2
          end
        rescue Exception
        end
        begin; v5 = nil.m1(v0, *v2, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v6 = nil; rescue Exception; end
    begin; v7 = [[(3..8)], [12.5]].flatten; rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  v8 = Fiber.new do |x|
    begin; eval(""); rescue Exception; end
    Fiber.yield(x)
    :y3
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :to_s); rescue Exception; end
begin
  class << v2
    begin; v9 = Object.instance_method(:m1); rescue Exception; end
    begin; C0.send(:remove_method, :m2); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| v2 << i.to_s }; rescue Exception; end
begin
  Array.send(:define_method, :m3) do |o0 = 0|
    begin; v2.singleton_class.send(:alias_method, :m2, :to_s); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v10 = Object.instance_variable_get(:@k2); rescue Exception; end
begin; v11 = v2.dup; rescue Exception; end
begin; Range.send(:alias_method, :m4, :to_s); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v12 = 1 + v3; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v11.singleton_class.send(:alias_method, :m5, :downto); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  v2.instance_eval do
    begin; v11 << v11; rescue Exception; end
  end
rescue Exception
end
begin; eval("begin\n  class << v3\n    begin; 100.times { |i| Object.new }; rescue Exception; end\n    begin\n      def m6(a0, &blk)\n        begin; v13 = Object.new(); rescue Exception; end\n        blk\n      end\n    rescue Exception\n    end\n    begin; Array.send(:alias_method, :m6, :m7); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
