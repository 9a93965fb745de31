GC.start
begin
  class C0 < Numeric
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin; v0 = C0.new(); rescue Exception; end
    begin; 100.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v1 = "s1"; rescue Exception; end
begin
  class << v1
    begin; v2 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; p v1; rescue Exception; end
begin; v3 = 37; rescue Exception; end
begin
  v4 = proc do |a0, o0 = 0|
    begin; v5 = v1.respond_to?(:m0); rescue Exception; end
    :y5
  end
rescue Exception
end
GC.start
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m1, :step); rescue Exception; end
    begin; K0 = "s12"; rescue Exception; end
    begin; p true; rescue Exception; end
    begin; v6 = Struct.new(:f0, :f1); rescue Exception; end
  end
rescue Exception
end
begin; v7 = C1.new(K0, v4); rescue Exception; end
begin
  module M2
    begin; v8 = 1 + "s17"; rescue Exception; end
    begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
    GC.start
  end
rescue Exception
end
GC.start
begin; v10 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class Array
    begin; alias m0 fill; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = Proc.new do |a0, *rest|
    begin; v12 = :y1.method(:fill); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  v13 = Class.new(Object) do
    begin; Object.const_set(:K1, :y5); rescue Exception; end
    begin
      def m1(a0, &blk)
        -1.5
      end
    rescue Exception
    end
    begin; 10.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  v14 = proc do |a0, a1|
    a0
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin; p v10; rescue Exception; end
  end
rescue Exception
end
begin; Integer.class_eval("begin\n  class C4\n    begin; v15 = 61; rescue Exception; end\n    begin\n      v16 = Class.new(Object) do\n        begin\n          include Enumerable\n          def each\n            yield 1\n            yield 2\n            self\n          end\n        rescue Exception\n        end\n        begin; v17 = \"s19\"; rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend\nbegin; C1.send(:alias_method, :m2, :step); rescue Exception; end"); rescue Exception; end
begin; v18 = (v3..v13).include?(v3); rescue Exception; end
