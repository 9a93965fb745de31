begin; ($stash ||= []).concat(Array.new(4) { |j| proc { j } }); rescue Exception; end
GC.start
begin; v0 = []; rescue Exception; end
begin
  1.times do |i|
    begin; v0.instance_eval("begin; v1 = Object.new(*v0); rescue Exception; end\nbegin\n  class << v1\n    GC.start\n    begin; Object.send(:alias_method, :m0, :reject); rescue Exception; end\n    begin; v2 = -0.5.floor(k0: 2); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; String.class_eval("begin\n  v0.difference(57, \"s13\") do |a0|\n    begin; v0.singleton_class.send(:alias_method, :m1, :m0); rescue Exception; end\n    v0\n  end\nrescue Exception\nend\nbegin\n  def method_missing(name, *args, &blk)\n    if name.to_s.start_with?(\"dyn1\")\n      [name, args.size, blk]\n    else\n      super\n    end\n  end\n  def respond_to_missing?(name, priv = false)\n    name.to_s.start_with?(\"dyn1\") || super\n  end\nrescue Exception\nend"); rescue Exception; end
begin; v0.singleton_class.send(:remove_method, :m2); rescue Exception; end
begin
  class C0
    begin
      def self.m1(a0)
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; Array.send(:alias_method, :m3, :m0); rescue Exception; end
    begin; v3 = C0.instance_variable_get(:@k1); rescue Exception; end
  end
rescue Exception
end
begin; v4 = "s2".method(:m3); rescue Exception; end
begin
  v5 = proc do
    v0
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v5.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
begin
  v6 = proc do
    v4
  end
rescue Exception
end
begin; 100.times { |i| v0 << i.to_s }; rescue Exception; end
begin
  v7 = Class.new(C0) do
    begin; v8 = C1.new(nil); rescue Exception; end
    begin; v9 = { v8 => 1, "s19" => 2 }[v8]; rescue Exception; end
    begin
      v10 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class << v9
            GC.start
          end
        rescue Exception
        end
        v9
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 1.times { q0 = q1 = q2 = q3 = q4 = q5 = q6 = q7 = q8 = q9 = q10 = q11 = q12 = q13 = q14 = q15 = nil; v6.instance_variable_set(:@m1, $stash.shift) }; rescue Exception; end
GC.start
