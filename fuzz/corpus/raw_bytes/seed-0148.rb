GC.start
begin; self.m0(46, self); rescue Exception; end
begin; Hash.extend(Comparable); rescue Exception; end
begin; v0 = (0..2).send(:size, k0: nil); rescue Exception; end
begin; v1 = []; rescue Exception; end
begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; v2 = v1.singleton_class; rescue Exception; end
begin; v3 = Object.new(); rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m0, :">="); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  class << v0
    begin
      v4 = Class.new(Exception) do
        begin; v5 = {:k0 => "s6"}; rescue Exception; end
      end
    rescue Exception
    end
    begin
      v4.inherited(v4) do |k0: 1, **kws|
        kws
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v3
    begin; alias_method :m1, :">="; rescue Exception; end
    begin; C0.class_eval("begin\n  begin\n  rescue => e\n    begin\n      def m0()\n        (4..6)\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m0, :m2); rescue Exception; end
begin; v6 = v1.respond_to?(:m3); rescue Exception; end
begin; v7 = v2.respond_to?(:m4); rescue Exception; end
begin
  v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v9 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; v10 = v2.method(:m5); rescue Exception; end
        rest
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  v11 = proc do |a0, a1|
    14
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  v12 = lambda do |a0|
    v2
  end
rescue Exception
end
begin
  class << v0
    begin
      def m6(a0, &blk)
        begin
          true.send(:m3, k0: 2) do |k0: 1, **kws|
            begin; v13 = :y2.respond_to?(:m6, true); rescue Exception; end
            :y4
          end
        rescue Exception
        end
        begin; v14 = {:k0 => :y4, :k1 => (3..4)}; rescue Exception; end
        blk
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn2")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn2") || super
      end
    rescue Exception
    end
    begin; v15 = C0.new(3.5, 10.5); rescue Exception; end
  end
rescue Exception
end
begin; v2.send(:alias_method, :m7, :">="); rescue Exception; end
begin
  def v1.m8(a0, *rest)
    begin; v16 = 66.method(:m9); rescue Exception; end
    0.5
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
begin
  class << v0
    begin; C0.send(:alias_method, :m1, :">="); rescue Exception; end
  end
rescue Exception
end
begin
  v17 = Class.new(Array) do
    begin; v18 = C1.new(:y3, true); rescue Exception; end
    begin; v19 = C0.new(); rescue Exception; end
    begin; v20 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; v3.freeze; rescue Exception; end
begin; v21 = v2.dup; rescue Exception; end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
