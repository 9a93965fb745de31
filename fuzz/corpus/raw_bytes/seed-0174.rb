GC.start
begin
  v0 = proc do
    begin; K0 = (2..5); rescue Exception; end
    8.5
  end
rescue Exception
end
begin; K1 = v0; rescue Exception; end
begin
  class C0 < Array
    begin; C0.class_variable_set(:@@k1, (3..3)); rescue Exception; end
    begin
      v1 = Class.new(C0) do
        begin; v2 = Object.new(1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v3 = {:k0 => v0, :k1 => 2.5}; rescue Exception; end
begin
  v4 = v3.public_send(:default_proc=) do |a0, &blk|
    begin; 300.times { |i| Object.new }; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class C2 < String
    begin; Array.send(:alias_method, :m0, :each); rescue Exception; end
    begin
      (1..1).nonzero?("s9") do |a0, o0 = 0, *rest, k0: 1, &blk|
        GC.start
        rest
      end
    rescue Exception
    end
    begin; v5 = nil; rescue Exception; end
    begin; C0.class_variable_set(:@@k0, 41); rescue Exception; end
  end
rescue Exception
end
begin; v6 = C2.new(); rescue Exception; end
begin; C2.class_variable_set(:@@k1, (0..5)); rescue Exception; end
begin; v7 = :y3.casecmp?(**v3); rescue Exception; end
begin
  v8 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v9 = Fiber.new do |x|
        Fiber.yield(x)
        15
      end
    rescue Exception
    end
    begin; v10 = true; rescue Exception; end
  end
rescue Exception
end
begin
  class Struct
    begin; alias_method :m0, :each; rescue Exception; end
  end
rescue Exception
end
begin
  v0.instance_eval do
    begin
      v11 = proc do |a0, &blk|
        begin; v8.send(:alias_method, :m0, :each); rescue Exception; end
        blk
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = 11.to_int(**v3); rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m1, v0); rescue Exception; end
begin
  v13 = v8.superclass() do |a0, *rest, p0|
    begin; C0.send(:include, Enumerable); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; 30.times { |i| v3[i] = [i] }; rescue Exception; end
