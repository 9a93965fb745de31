GC.start
begin; v0 = [19.5]; rescue Exception; end
begin; v1 = v0.each(v0, v0); rescue Exception; end
begin; v0 << v1; rescue Exception; end
begin
  class C0 < Array
    begin
      def self.m0(a0, o0 = 0, *rest, k0: 1, &blk)
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = ->(a0) do
    a0
  end
rescue Exception
end
begin
  v3 = lambda do |a0|
    begin; v4 = v2.to_proc; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v5 = v3.respond_to?(:m1, true); rescue Exception; end
begin; v6 = v1.respond_to?(:m2); rescue Exception; end
GC.start
begin; v7 = {:k0 => 16}; rescue Exception; end
begin
  class << v6
    begin; C0.send(:remove_method, :each_pair); rescue Exception; end
  end
rescue Exception
end
begin
  v8 = proc do |a0|
    begin
      v9 = Proc.new do |a0, o0 = 0|
        begin
          v10 = v3.call(**v7) do |a0|
            begin; C0.send(:prepend, Comparable); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; v11 = v3.to_proc; rescue Exception; end
        a0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
begin; C0.class_eval("begin\n  v8.singleton_class.send(:define_method, :m3) do\n    begin; v7[\"s15\"] = :y0; rescue Exception; end\n    \"s4\"\n  end\nrescue Exception\nend"); rescue Exception; end
