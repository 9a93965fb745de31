GC.start
begin; eval("begin\n  v0 = Proc.new do |a0, &blk|\n    begin; v1 = [nil, (1..3)]; rescue Exception; end\n    begin\n      def m0(a0)\n        begin; Object.const_set(:K0, 15.5); rescue Exception; end\n        begin; v2 = true; rescue Exception; end\n        self\n      end\n    rescue Exception\n    end\n    21\n  end\nrescue Exception\nend\nbegin; v3 = v0.instance_variable_get(:@i2); rescue Exception; end"); rescue Exception; end
begin; v4 = true; rescue Exception; end
begin; v4.m1(); rescue Exception; end
begin
  Hash.class_eval do
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v6 = "s16".send(:"<=>", k0: 2); rescue Exception; end
begin
  v7 = Proc.new do |a0|
    begin; 10.times { |i| proc { i } }; rescue Exception; end
    K0
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v8 = {}; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v9.extend(Comparable); rescue Exception; end
begin; v7.instance_eval(""); rescue Exception; end
begin; eval("begin\n  class << v9\n    begin; Numeric.send(:alias_method, :m2, :m3); rescue Exception; end\n    begin; String.send(:alias_method, :m4, :m5); rescue Exception; end\n    begin; 10.times { |i| \"x\" * 8 }; rescue Exception; end\n  end\nrescue Exception\nend\nGC.start"); rescue Exception; end
begin; p v7; rescue Exception; end
begin; C0.send(:remove_method, :m6); rescue Exception; end
begin; v9.freeze; rescue Exception; end
begin; v9.send(:alias_method, :m2, :inspect); rescue Exception; end
begin; v10 = Object.new(**v8); rescue Exception; end
