GC.start
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin; v1 = v0.respond_to?(:m0); rescue Exception; end
begin; v2 = Object.instance_method(:m1); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; Object.send(:alias_method, :m1, :transpose); rescue Exception; end
begin
  class << v2
    begin; v4 = [37, "s12"]; rescue Exception; end
  end
rescue Exception
end
begin; v3.singleton_class.send(:alias_method, :m2, :m2); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
GC.start
begin; v5 = v3.new(); rescue Exception; end
begin; v5.singleton_class.send(:define_method, :m3, v2); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin
  v6 = proc do |a0, *rest, p0|
    begin; v0.singleton_class.send(:alias_method, :m4, :extend); rescue Exception; end
    begin; String.send(:alias_method, :m5, :extend); rescue Exception; end
    v2
  end
rescue Exception
end
begin
  begin
    begin; v0.extend(Comparable); rescue Exception; end
  rescue => e
    begin; v0.singleton_class.send(:alias_method, :m6, :m7); rescue Exception; end
  end
rescue Exception
end
begin; v7 = v0.instance_variable_get(:@i3); rescue Exception; end
begin; v8 = v2.bind(:y2); rescue Exception; end
GC.start
GC.start
begin; String.send(:alias_method, :m8, :transpose); rescue Exception; end
begin
  v9 = lambda do |a0, &blk|
    v0
  end
rescue Exception
end
begin
  class << v8
    begin
      Object.class_eval do
        begin; v10 = {}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  module M0
    GC.start
  end
rescue Exception
end
begin; Integer.class_eval("begin\n  module M1\n    begin\n      class C2 < Array\n        begin; v11 = Range.instance_method(:m0); rescue Exception; end\n        begin; v12 = C2.new(k0: self); rescue Exception; end\n        begin\n          def m5()\n            (0..3)\n          end\n        rescue Exception\n        end\n      end\n    rescue Exception\n    end\n    begin; v13 = [\"s7\", :y4].uniq.size; rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
