begin
  v0 = proc do |a0, *rest, p0|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v0
    begin; v1 = Object.new(); rescue Exception; end
    begin; eval("begin\n  Range.class_eval do\n    begin; v2 = Object.new(); rescue Exception; end\n    begin; v2.m0(1); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; v3 = Hash.instance_method(:each_pair); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v0.to_proc; rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m1, :each_pair); rescue Exception; end
GC.start
begin
  3.times do |i|
    begin; v0.singleton_class.send(:alias_method, :m2, :to_r); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v0.public_send(:parameters); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  def v0.m5(a0, a1)
    a0
  end
rescue Exception
end
begin; v6 = :y3; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m6, :first); rescue Exception; end
begin; K0 = v4; rescue Exception; end
begin; v7 = true.method(:size); rescue Exception; end
begin; C0.send(:remove_method, :m7); rescue Exception; end
begin
  Hash.send(:define_method, :m8) do |o0 = 0|
    begin
      def v0.m2()
        begin; v8 = Object.new(); rescue Exception; end
        "s12"
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m9, :m0); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v9 = {:k0 => v4, :k1 => v5}; rescue Exception; end
begin; v10 = v9.clone; rescue Exception; end
