GC.start
begin; v0 = 17.5.zip(true, true); rescue Exception; end
begin; v1 = (2..7); rescue Exception; end
begin; v2 = Object.new(99); rescue Exception; end
begin
  def m0(a0, &blk)
    begin; p :y1; rescue Exception; end
    begin; v3 = (1..2).respond_to?(:select); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  def m0(o0 = 0)
    o0
  end
rescue Exception
end
begin; v4 = 53; rescue Exception; end
begin; v5 = :y2.respond_to?(:m0, true); rescue Exception; end
begin
  class C0 < Array
    begin
      begin
        begin; Integer.send(:alias_method, :m0, :zip); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v0
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m0, :zip); rescue Exception; end
begin
  class << v2
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v2.singleton_class.send(:alias_method, :m1, :zip); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      Array.send(:define_method, :m2) do
        3.5
      end
    rescue Exception
    end
    begin
      def m3(a0, o0 = 0, *rest, k0: 1, &blk)
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = lambda do |k0: 1|
    k0
  end
rescue Exception
end
begin; v7 = []; rescue Exception; end
begin; v6.freeze; rescue Exception; end
begin
  30.times do |i|
    begin
      v9 = Fiber.new do |x|
        begin; v8 = 30.respond_to?(:zip, true); rescue Exception; end
        begin; 100.times { |i| v7 << i.to_s }; rescue Exception; end
        Fiber.yield(x)
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = C1.new(); rescue Exception; end
GC.start
begin
  30.times do |i|
    begin; v7 << v10; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias_method :m1, :m4; rescue Exception; end
    begin; v12 = [self, self]; rescue Exception; end
  end
rescue Exception
end
begin
  class C3 < Exception
    begin; eval("begin; alias_method :m1, :message; rescue Exception; end"); rescue Exception; end
    begin; v13 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v14 = Struct.new(:f0); rescue Exception; end
begin; eval(""); rescue Exception; end
GC.start
