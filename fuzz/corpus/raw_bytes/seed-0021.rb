GC.start
begin; v0 = []; rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v1 = String.instance_method(:message); rescue Exception; end
GC.start
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; Array.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  class Exception
    begin; alias m1 message; rescue Exception; end
    begin; alias_method :m2, :message; rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m3, :message); rescue Exception; end
begin; v2 = v0.dup; rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m4, :message); rescue Exception; end
begin
  class << v0
    begin
      Object.send(:define_method, :m5) do |o0 = 0|
        begin; v4 = Object.new(); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  v5 = Class.new(String) do
    begin; v6 = self.m6(81, "s6"); rescue Exception; end
    begin
      def m7(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          v7 = proc do |k0: 1|
            begin; v8 = C0.new(); rescue Exception; end
            k0
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; String.send(:alias_method, :m8, :m9); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do |a0|
    begin; 50.times { |i| proc { i } }; rescue Exception; end
    v2
  end
rescue Exception
end
begin
  class << v2
    begin; raise ArgumentError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; eval(""); rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; v10 = v9.singleton_class; rescue Exception; end
GC.start
begin; v11 = 32; rescue Exception; end
begin
  class << v9
    begin
      begin
        begin; v12 = C0.new(); rescue Exception; end
      rescue => e
        begin; v13 = e.method(:m10); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = Fiber.new do |x|
    begin; C0.send(:alias_method, :m11, :message); rescue Exception; end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin
  v15 = Proc.new do |a0, *rest|
    begin
      v16 = Fiber.new do |x|
        Fiber.yield(x)
        a0
      end
    rescue Exception
    end
    begin; v5.send(:alias_method, :m4, :message); rescue Exception; end
    11
  end
rescue Exception
end
