begin; v0 = Object.new(); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class C0
    begin; p 8.5; rescue Exception; end
    begin
      def m0(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          Range.send(:define_method, :m1) do |a0, *rest|
            :y5
          end
        rescue Exception
        end
        begin
          v3 = proc do |a0, a1|
            true
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M1
    begin; v4 = {}; rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v5 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v1
    begin; v6 = C0.new(); rescue Exception; end
    begin
      def self.m1(a0, *rest, p0)
        begin; v7 = ["s13"]; rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m2, :select); rescue Exception; end
begin
  v8 = Fiber.new do |x|
    Fiber.yield(x)
    (4..6)
  end
rescue Exception
end
GC.start
begin
  v1.instance_eval do
    begin; p v2; rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; v5.send(:remove_method, :m3); rescue Exception; end
    begin
      C0.class_eval do
        begin
          def v1.m4(a0, a1)
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; 30.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v9 = v0.singleton_class; rescue Exception; end
GC.start
GC.start
GC.start
GC.start
