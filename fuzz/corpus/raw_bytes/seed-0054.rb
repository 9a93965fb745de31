begin; ($stash ||= []).concat(Array.new(11) { |j| proc { j } }); rescue Exception; end
GC.start
begin
  String.send(:define_method, :m0) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v0 = Integer.instance_method(:m0); rescue Exception; end
begin
  class << v0
    begin
      3.times do |i|
        begin
          def m0()
            true
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v1 = ->() do
        begin
          def self.m1(a0)
            begin; Numeric.send(:alias_method, :m2, :one?); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; Array.send(:alias_method, :m3, :select); rescue Exception; end
        89
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = lambda do |a0, a1|
    begin; v3 = Integer.instance_method(:select); rescue Exception; end
    begin; eval("begin\n  v5 = Fiber.new do |x|\n    begin; v4 = v3.respond_to?(:m0); rescue Exception; end\n    begin; Numeric.send(:alias_method, :m4, :m0); rescue Exception; end\n    Fiber.yield(x)\n    v3\n  end\nrescue Exception\nend\nbegin\n  class C0\n    begin; v6 = :y2; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v7 = {}; rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m1, :one?); rescue Exception; end
begin
  v8 = ->(a0, a1) do
    a0
  end
rescue Exception
end
begin; v9 = 0.5.respond_to?(:m5); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m6, :select); rescue Exception; end
begin; v7.singleton_class.send(:undef_method, :m7); rescue Exception; end
GC.start
