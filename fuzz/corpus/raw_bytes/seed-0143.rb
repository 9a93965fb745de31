begin; v0 = 38; rescue Exception; end
begin
  v1 = lambda do |a0, *rest, p0|
    a0
  end
rescue Exception
end
begin; String.send(:alias_method, :m0, :delete); rescue Exception; end
begin; v1.instance_eval("begin\n  class C0 < String\n    GC.start\n    begin\n      module M1\n        begin; C0.send(:alias_method, :m0, :count); rescue Exception; end\n        begin; C0.send(:alias_method, :m0, :count); rescue Exception; end\n        begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end\n      end\n    rescue Exception\n    end\n    begin; v2 = C0.new(); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; C0.send(:alias_method, :m1, :count); rescue Exception; end
begin
  C0.send(:define_method, :m2) do
    "s2"
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :count); rescue Exception; end
begin; p :y2; rescue Exception; end
GC.start
begin
  v3 = lambda do
    begin; v4 = (0..1).send(:min, k0: v1); rescue Exception; end
    begin
      def m2(k0: 1)
        begin; C0.send(:alias_method, :m4, :delete); rescue Exception; end
        begin; (1..6).initialize_copy(); rescue Exception; end
        19
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin; v5 = v0.respond_to?(:m4); rescue Exception; end
