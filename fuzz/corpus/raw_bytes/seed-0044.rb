GC.start
begin
  v0 = lambda do |a0, o0 = 0|
    begin
      def m0(o0 = 0)
        begin; v1 = 6.5; rescue Exception; end
        begin; v2 = Object.new(); rescue Exception; end
        "s10"
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  def m0(a0)
    begin
      v3 = proc do
        begin; Numeric.class_eval("begin; v4 = 7.5; rescue Exception; end"); rescue Exception; end
        "s7"
      end
    rescue Exception
    end
    begin; v5 = v3.dup; rescue Exception; end
    "s14"
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; v6 = v0.respond_to?(:m1, true); rescue Exception; end
begin; Object.send(:alias_method, :m2, :message); rescue Exception; end
begin
  v7 = lambda do
    begin; v8 = Object.new(k0: 2); rescue Exception; end
    begin; raise RuntimeError, "x"; rescue Exception; end
    v6
  end
rescue Exception
end
begin
  def v7.m0()
    begin; v9 = {:k0 => nil, :k1 => (4..4)}; rescue Exception; end
    true
  end
rescue Exception
end
begin; String.extend(Enumerable); rescue Exception; end
begin; v10 = Object.new(); rescue Exception; end
begin
  v10.instance_eval do
    begin
      def v7.m1()
        begin
          3.times do |i|
            begin; 82.send(:"&", 1); rescue Exception; end
          end
        rescue Exception
        end
        :y4
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = Object.new(&v0); rescue Exception; end
begin; v12 = Object.new(k0: "s16"); rescue Exception; end
begin; v13 = Object.new(); rescue Exception; end
begin; v14 = v13.singleton_class; rescue Exception; end
begin; v15 = v13.m3(v10); rescue Exception; end
begin; v16 = v14.instance_method(:m4); rescue Exception; end
begin
  class Exception
    begin; alias_method :m5, :message; rescue Exception; end
  end
rescue Exception
end
begin; Hash.send(:alias_method, :m6, :message); rescue Exception; end
begin
  v17 = proc do |k0: 1|
    begin
      module M0
        begin; v18 = 85; rescue Exception; end
        begin; v19 = Object.new(); rescue Exception; end
        begin
          v20 = Fiber.new do |x|
            Fiber.yield(x)
            x
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 10.times { |i| [i, i] }; rescue Exception; end
    k0
  end
rescue Exception
end
