begin
  class Struct
    begin; alias m0 select; rescue Exception; end
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; Object.class_variable_set(:@@k1, v0); rescue Exception; end
begin; v1 = "s16".send(:m1, self); rescue Exception; end
begin
  v0.each_line(v0, k0: 3) do |a0|
    begin
      v3 = Fiber.new do |x|
        begin; Array.class_eval("begin; v2 = [10, 20, 30, 40][self]; rescue Exception; end"); rescue Exception; end
        Fiber.yield(x)
        v0
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; Object.send(:include, Comparable); rescue Exception; end
begin; v4 = v1.respond_to?(:m1); rescue Exception; end
begin; v5 = v0.instance_variable_get(:@i1); rescue Exception; end
begin; p v1; rescue Exception; end
begin; v6 = [v5, v5].sort; rescue Exception; end
begin
  class << v0
    begin; v7 = Object.new(); rescue Exception; end
    begin; v8 = Object.class_variable_get(:@@k2); rescue Exception; end
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m2, :m2); rescue Exception; end
begin
  class << v5
    begin; v9 = Object.new(:y1); rescue Exception; end
    begin; Object.instance_variable_set(:@k2, v9); rescue Exception; end
    begin
      10.times do |i|
        begin; v10 = v9.singleton_class; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v0.freeze; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k2, v6); rescue Exception; end
begin
  def m3(a0)
    a0
  end
rescue Exception
end
begin
  class << v0
    begin
      module M0
        begin
          Hash.send(:define_method, :m4) do |a0, a1|
            a0
          end
        rescue Exception
        end
        begin; v11 = self.respond_to?(:m1); rescue Exception; end
        begin; v12 = :y0; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
