GC.start
begin
  begin
    begin
      v0 = ->(a0, a1) do
        16.5
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      v1 = proc do |a0|
        begin; v2 = "s9"; rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; Object.class_variable_set(:@@k2, v1); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v3 = Object.new(true, k0: 3); rescue Exception; end
begin; p 17; rescue Exception; end
begin
  module M0
    begin; v4 = Object.new(); rescue Exception; end
    begin
      def m0(a0)
        begin; v5 = {}; rescue Exception; end
        begin; v6 = [v5, 3.5]; rescue Exception; end
        98
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v7 = [v3, v3].max; rescue Exception; end
begin; v8 = Object.instance_variable_get(:@k0); rescue Exception; end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v9 = Object.new(v7); rescue Exception; end
begin
  def v9.m0(a0, a1)
    self
  end
rescue Exception
end
begin
  begin
    begin; v10 = Integer((3..4)); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      Array.class_eval do
        begin; alias m1 each_pair; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = Range.instance_method(:cycle); rescue Exception; end
begin; v3.freeze; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m2, :m3); rescue Exception; end
begin
  v13 = Fiber.new do |x|
    begin; v12 = x.respond_to?(:m4); rescue Exception; end
    GC.start
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; v14 = v9.singleton_class; rescue Exception; end
begin
  def m5()
    begin
      10.times do |i|
      end
    rescue Exception
    end
    8.5
  end
rescue Exception
end
begin; 50.times { |i| "x" * 8 }; rescue Exception; end
begin; v15 = [10, 20, 30, 40][true]; rescue Exception; end
begin
  v16 = Class.new(Object) do
    begin; C1.send(:include, M0); rescue Exception; end
    begin; v17 = [nil]; rescue Exception; end
    begin
      class << v17
        begin; v18 = C1.new(6.5); rescue Exception; end
        begin; self.send(:prepend, M0); rescue Exception; end
      end
    rescue Exception
    end
    begin; C1.send(:prepend, M0); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
GC.start
begin
  v19 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      def m6(a0, a1)
        begin; v20 = [true, a0, true].sort { |x, y| y <=> x }; rescue Exception; end
        begin
          Hash.send(:define_method, :m4) do |o0 = 0|
            GC.start
            v20
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v3); rescue Exception; end
