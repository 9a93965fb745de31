begin; Integer.send(:alias_method, :m0, :"+@"); rescue Exception; end
begin
  1.times do |i|
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v1 = nil; rescue Exception; end
begin; v2 = Object.new(1); rescue Exception; end
begin; v3 = v2.method(:m1); rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin; v4 = Object.new(K0); rescue Exception; end
begin; v5 = Integer.instance_method(:m0); rescue Exception; end
begin; v6 = Object.new(); rescue Exception; end
begin; Object.send(:alias_method, :m2, :m0); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  v7 = Class.new(Object) do
    begin; v8 = C0.instance_method(:m3); rescue Exception; end
    begin
      v9 = v8.m4(:y0) do
        begin; C0.send(:remove_method, :m1); rescue Exception; end
        begin; C0.send(:remove_method, :m5); rescue Exception; end
        v8
      end
    rescue Exception
    end
    begin
      class << v9
        begin; alias m6 m2; rescue Exception; end
        begin
          v10 = proc do |a0, *rest|
            begin; C0.send(:undef_method, :reverse_each); rescue Exception; end
            62
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = "s16"; rescue Exception; end
begin
  begin
    GC.start
  rescue => e
    begin
      v2.instance_eval do
        begin; v12 = :y1.respond_to?(:m7); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; v13 = 68; rescue Exception; end
begin; K1 = v6; rescue Exception; end
begin
  2.times do |i|
    begin; v11.singleton_class.send(:remove_method, :m8); rescue Exception; end
    begin; v14 = [v5]; rescue Exception; end
  end
rescue Exception
end
begin; p nil; rescue Exception; end
begin; v11.singleton_class.send(:alias_method, :m7, :max); rescue Exception; end
begin
  module M1
    begin
      def m9(a0)
        begin
          v15 = Fiber.new do |x|
            Fiber.yield(x)
            true
          end
        rescue Exception
        end
        begin; v16 = "s11"; rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v17 = v5.bind(:y4); rescue Exception; end
begin
  def m10(o0 = 0)
    begin
      v18 = nil.public_send(:m10, o0, k0: 3) do |a0|
        a0
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; C0.send(:define_method, :m11, v3); rescue Exception; end
GC.start
GC.start
