begin
  v0 = Fiber.new do |x|
    Fiber.yield(x)
    x
  end
rescue Exception
end
begin; Object.class_variable_set(:@@k0, v0); rescue Exception; end
begin
  v1 = Proc.new do
    v0
  end
rescue Exception
end
begin; v2 = "s14"; rescue Exception; end
GC.start
begin; Range.send(:alias_method, :m0, :upto); rescue Exception; end
begin; v3 = v2.method(:first); rescue Exception; end
GC.start
begin; v4 = true.respond_to?(:m1, true); rescue Exception; end
begin; v5 = 54.respond_to?(:m2, true); rescue Exception; end
begin
  30.times do |i|
    begin
      3.times do |i|
        begin; v6 = Object.new(1); rescue Exception; end
        begin; v7 = :y2.send(:empty?, 12.5); rescue Exception; end
      end
    rescue Exception
    end
    begin; v8 = Hash.instance_method(:m0); rescue Exception; end
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m2, :upto); rescue Exception; end
begin
  v9 = proc do |a0, &blk|
    v3
  end
rescue Exception
end
begin
  class << v5
    begin; v10 = Object.new(); rescue Exception; end
    begin; K0 = 15; rescue Exception; end
  end
rescue Exception
end
begin; v11 = { v3 => 1, v5 => 2 }[v3]; rescue Exception; end
begin; v12 = Array.instance_method(:upto); rescue Exception; end
begin; v13 = {:k0 => v5}; rescue Exception; end
begin; String.send(:alias_method, :m3, :first); rescue Exception; end
begin
  module M0
    begin; M0.send(:remove_method, :m4); rescue Exception; end
    begin; Object.class_variable_set(:@@k2, "s7"); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m5, :m6); rescue Exception; end
begin; v14 = Object.class_variable_get(:@@k2); rescue Exception; end
begin
  class String
    begin; alias m1 upto; rescue Exception; end
  end
rescue Exception
end
begin; p 99; rescue Exception; end
begin; v15 = v0.m7(21); rescue Exception; end
begin
  v9.singleton_class.send(:define_method, :m8) do
    begin; v16 = {}; rescue Exception; end
    begin; v17 = Range.instance_method(:m5); rescue Exception; end
    nil
  end
rescue Exception
end
begin
  Range.send(:define_method, :m9) do
    begin
      class C1 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; K1 = 9.5; rescue Exception; end
        begin
          module M2
            begin; v18 = Struct.new(:f0); rescue Exception; end
          end
        rescue Exception
        end
        begin; v19 = Object.instance_method(:first); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v20 = Class.new(Object) do
        begin
          C3.class_eval do
            begin; v21 = C3.instance_method(:m1); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v15
  end
rescue Exception
end
begin; v22 = C3.new(1); rescue Exception; end
begin; C3.send(:alias_method, :m10, :first); rescue Exception; end
begin; v23 = [21, v1].max; rescue Exception; end
