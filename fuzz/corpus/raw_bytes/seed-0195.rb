GC.start
begin; raise RuntimeError, "x"; rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  begin
    begin; v0 = 33; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v1 = proc do
        begin
          v2 = proc do |a0, &blk|
            93
          end
        rescue Exception
        end
        begin
          v3 = Class.new(Object) do
            begin; v4 = (13.5..true).include?(13.5); rescue Exception; end
          end
        rescue Exception
        end
        e
      end
    rescue Exception
    end
  ensure
    begin; C0.instance_variable_set(:@k0, :y0); rescue Exception; end
    begin; 300.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin; v5 = C0.new(); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class << v5
    begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
    begin
      v7 = 11.send(:"|", (4..4), 29) do
        begin; v6 = Hash.instance_method(:overlap?); rescue Exception; end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def self.m1(a0)
        begin; v8 = 1 + true; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = nil; rescue Exception; end
begin; v9 = Integer(v5); rescue Exception; end
begin; v10 = C0.instance_method(:overlap?); rescue Exception; end
begin; v11 = true; rescue Exception; end
begin; C1.send(:alias_method, :m2, :min); rescue Exception; end
begin; Range.send(:define_method, :m3, v10); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v5.instance_eval do
    begin; v12 = self.send(:m4, 10.5, v5); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m5, :overlap?); rescue Exception; end
begin
  def v5.m4()
    GC.start
    0.5
  end
rescue Exception
end
begin; C0.class_variable_set(:@@k1, v9); rescue Exception; end
begin; p true; rescue Exception; end
begin; v13 = [v11, true, v11]; rescue Exception; end
begin; v14 = 3.5.send(:"~", v9, v5); rescue Exception; end
begin; 10.times { |i| Object.new }; rescue Exception; end
GC.start
begin; v13.singleton_class.send(:alias_method, :m6, :overlap?); rescue Exception; end
begin
  v16 = Fiber.new do |x|
    begin; C1.send(:define_method, :m7, v10); rescue Exception; end
    begin; v15 = v10.bind(x); rescue Exception; end
    Fiber.yield(x)
    true
  end
rescue Exception
end
begin
  v13.singleton_class.send(:define_method, :m3) do |a0|
    begin; v5.instance_variable_set(:@i2, v9); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C0.send(:include, Enumerable); rescue Exception; end
begin; v17 = 67; rescue Exception; end
