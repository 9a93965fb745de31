begin; Hash.send(:alias_method, :m0, :to_h); rescue Exception; end
begin; v0 = Object.new((2..6), true); rescue Exception; end
begin
  def v0.m1(a0, a1)
    begin; v1 = self.send(:m2); rescue Exception; end
    true
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v2 = Struct.new(:f0); rescue Exception; end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin
  v2.public_send(:m3, v2) do |a0|
    begin; v2.freeze; rescue Exception; end
    a0
  end
rescue Exception
end
begin; K0 = 67; rescue Exception; end
begin
  begin
    begin; v3 = :y2.respond_to?(:m1); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v4 = v2.superclass(15.5, v0); rescue Exception; end
  end
rescue Exception
end
begin; Integer.class_eval("begin\n  v5 = proc do |a0, *rest, p0|\n    begin; v0.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end\n    begin\n      v6 = (0..0).overlap?(k0: 2) do |a0|\n        a0\n      end\n    rescue Exception\n    end\n    rest\n  end\nrescue Exception\nend\nbegin\n  v8 = v2.send(:allocate, &v5) do |a0, o0 = 0, *rest, k0: 1, &blk|\n    begin; v7 = Integer.instance_method(:m5); rescue Exception; end\n    nil\n  end\nrescue Exception\nend"); rescue Exception; end
GC.start
begin
  v9 = Fiber.new do |x|
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; v10 = v2.new(v2); rescue Exception; end
begin; v11 = Object.new(); rescue Exception; end
begin
  class C0
    begin; v12 = C0.new(); rescue Exception; end
    begin; v13 = v12.clone; rescue Exception; end
  end
rescue Exception
end
begin; v11.instance_variable_set(:@i3, v2); rescue Exception; end
begin; v14 = v2.dup; rescue Exception; end
begin
  module M1
    begin
      v15 = Class.new(Numeric) do
        begin
          v16 = Proc.new do |a0|
            a0
          end
        rescue Exception
        end
        begin; 100.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v17 = Class.new(Hash) do
    begin
      v18 = ->() do
        begin; 10.times { |i| "x" * 8 }; rescue Exception; end
        :y2
      end
    rescue Exception
    end
    begin; C0.send(:undef_method, :m6); rescue Exception; end
    begin
      def m7(a0)
        begin; Object.const_set(:K1, K1); rescue Exception; end
        11.5
      end
    rescue Exception
    end
    begin
      v19 = ->() do
        begin
          def m8()
            begin
              C3.send(:define_method, :m7) do
                (4..4)
              end
            rescue Exception
            end
            begin; C0.send(:alias_method, :m1, :to_h); rescue Exception; end
            :y3
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v20 = C2.new(v10); rescue Exception; end
begin; v21 = v17.new(); rescue Exception; end
begin
  v21.singleton_class.send(:define_method, :m6) do |a0, o0 = 0|
    begin
      v22 = proc do
        begin; Object.const_set(:K2, true); rescue Exception; end
        nil
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v23 = {}; rescue Exception; end
begin
  v24 = lambda do |a0|
    self
  end
rescue Exception
end
