GC.start
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin
  module M0
    begin; v0 = "s14".method(:m0); rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m1, :step); rescue Exception; end
begin; M0.send(:remove_method, :m2); rescue Exception; end
begin; v1 = nil; rescue Exception; end
begin; "s3".downcase(v1, k0: 3); rescue Exception; end
begin
  v2 = ->(a0) do
    begin
      class Exception
        begin; alias_method :m0, :message; rescue Exception; end
      end
    rescue Exception
    end
    self
  end
rescue Exception
end
begin
  v4 = Fiber.new do |x|
    begin
      def v2.m1()
        3.5
      end
    rescue Exception
    end
    begin; v3 = v2.respond_to?(:m3); rescue Exception; end
    Fiber.yield(x)
    v2
  end
rescue Exception
end
begin; v5 = {:k0 => v1}; rescue Exception; end
begin; v5.singleton_class.send(:undef_method, :abs); rescue Exception; end
begin; v6 = v2.to_proc; rescue Exception; end
begin
  class << v2
    begin; alias_method :m2, :m4; rescue Exception; end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = Object.new(); rescue Exception; end
begin; String.send(:define_method, :m3, v6); rescue Exception; end
