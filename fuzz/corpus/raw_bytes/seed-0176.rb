begin; v0 = 4; rescue Exception; end
begin; v1 = [v0]; rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin
  class Integer
    begin; alias m0 next; rescue Exception; end
    begin; alias_method :m0, :p; rescue Exception; end
  end
rescue Exception
end
begin; v3 = [10, 20, 30, 40][v1]; rescue Exception; end
begin
  module M0
    begin; v4 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(v0); rescue Exception; end
begin; v6 = 1 + v2; rescue Exception; end
GC.start
begin; v7 = v2.fetch(*v1); rescue Exception; end
begin; String.extend(Comparable); rescue Exception; end
begin
  5.times do |i|
    begin; v8 = nil; rescue Exception; end
    begin; v9 = nil; rescue Exception; end
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m0, :p); rescue Exception; end
begin; v1 << self; rescue Exception; end
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin
  class << v2
    begin; v10 = Object.new(); rescue Exception; end
    begin
      class C1
        begin; alias m0 m0; rescue Exception; end
        begin; v11 = C1.new(); rescue Exception; end
        begin; p (4..9); rescue Exception; end
        begin; v12 = C1.instance_method(:next); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; M0.send(:remove_method, :m1); rescue Exception; end
begin; v13 = Object.new(k0: v1); rescue Exception; end
begin
  class << v1
    begin
      v14 = Class.new(StandardError) do
        begin; alias m2 next; rescue Exception; end
        begin; C1.instance_variable_set(:@k0, 14.5); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class << v14
        begin
          module M3
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
        begin; v15 = :y5.respond_to?(:m2); rescue Exception; end
        begin; v16 = self.public_send(:m2, (2..4), v15); rescue Exception; end
      end
    rescue Exception
    end
    begin; v17 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v18 = C2.new(**v2); rescue Exception; end
begin; v19 = [true, v13].uniq.size; rescue Exception; end
begin
  v20 = Fiber.new do |x|
    Fiber.yield(x)
    self
  end
rescue Exception
end
begin; v21 = {:k0 => :y0, :k1 => v1}; rescue Exception; end
begin; v22 = [v18]; rescue Exception; end
begin; v23 = v1.method(:next); rescue Exception; end
begin; K0 = v23; rescue Exception; end
begin
  3.times do |i|
    begin; K1 = v0; rescue Exception; end
  end
rescue Exception
end
begin; v22.singleton_class.send(:define_method, :m1, v23); rescue Exception; end
begin; v24 = nil.method(:loop); rescue Exception; end
