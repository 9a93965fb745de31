GC.start
begin; Hash.send(:alias_method, :m0, :each_pair); rescue Exception; end
begin; v0 = [nil, 3.5]; rescue Exception; end
begin; v1 = (4..6).respond_to?(:m1); rescue Exception; end
begin; p v0; rescue Exception; end
begin
  v2 = lambda do |o0 = 0|
    begin; Object.send(:include, Enumerable); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v3 = v0.respond_to?(:m2); rescue Exception; end
begin; Object.instance_variable_set(:@k1, v0); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; raise RuntimeError, "x"; rescue Exception; end
    begin; v4 = Object.new(); rescue Exception; end
    begin
      class << v4
        begin; v5 = nil.method(:upto); rescue Exception; end
        begin; v6 = self.respond_to?(:m2); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = C0.new(); rescue Exception; end
begin; v8 = v0.clone; rescue Exception; end
begin; v9 = self.m1(); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v10 = v1.m1(k0: v1); rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin; Range.send(:alias_method, :m4, :m5); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
begin
  String.class_eval do
    GC.start
    begin
      10.times do |i|
        begin; v11 = {:k0 => v9, :k1 => v10}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = v2.to_proc; rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m6, v12); rescue Exception; end
begin; 100.times { |i| [i, i] }; rescue Exception; end
begin; 100.times { |i| v8 << i.to_s }; rescue Exception; end
begin
  v13 = Fiber.new do |x|
    begin; C0.send(:alias_method, :m7, :m4); rescue Exception; end
    begin; 30.times { |i| v7.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    Fiber.yield(x)
    19.5
  end
rescue Exception
end
begin; v8.singleton_class.send(:alias_method, :m8, :tap); rescue Exception; end
begin
  class << v9
    begin
      def m0(a0)
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v15 = v12.upto(k0: 59) do |a0, &blk|
    begin
      class C1 < Numeric
        begin; v14 = C1.new(1); rescue Exception; end
        begin; v14.singleton_class.send(:alias_method, :m5, :each_pair); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v16 = self.send(:m9, *v0); rescue Exception; end
begin; C0.class_variable_set(:@@k0, true); rescue Exception; end
GC.start
