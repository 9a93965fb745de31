GC.start
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.method(:upto); rescue Exception; end
begin
  class << v0
    begin; 50.times { |i| [i, i] }; rescue Exception; end
    begin
      v3 = Fiber.new do |x|
        begin; v2 = "abc" + :y5; rescue Exception; end
        Fiber.yield(x)
        (3..4)
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
        begin; v3.method(:upto).call(v3, :y0); rescue Exception; end
        begin
          v4 = lambda do
            v3
          end
        rescue Exception
        end
      rescue => e
        begin; Numeric.send(:alias_method, :m0, :"==="); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  5.times do |i|
    begin; Kernel.send(:alias_method, :m1, :"==="); rescue Exception; end
  end
rescue Exception
end
begin
  def m2(a0, a1)
    begin; p 83; rescue Exception; end
    begin
      v5 = Fiber.new do |x|
        begin
          def m3(a0, a1)
            begin; 10.times { |i| "x" * 8 }; rescue Exception; end
            begin; 47.send(:ceildiv, nil); rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin; Object.send(:include, Comparable); rescue Exception; end
        Fiber.yield(x)
        3
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v6 = "s8"; rescue Exception; end
begin; ($stash ||= []).concat(Array.new(5) { |j| [[j], { j => [j] }] }); rescue Exception; end
begin
  2.times do |i|
    begin
      def v6.m4(k0: 1)
        begin; Object.send(:alias_method, :m3, :upto); rescue Exception; end
        k0
      end
    rescue Exception
    end
    begin
      class << v6
        begin
          def m5(a0, a1)
            begin; Object.extend(Enumerable); rescue Exception; end
            begin; v7 = [10, 20, 30, 40][18.5]; rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :m6); rescue Exception; end
        begin; Object.send(:alias_method, :m2, :m7); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m6, :"==="); rescue Exception; end
begin
  1.times do |i|
    GC.start
  end
rescue Exception
end
begin; v8 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  v8.m0(self) do |k0: 1|
    begin; v9 = Object.new(); rescue Exception; end
    self
  end
rescue Exception
end
begin
  r2 = 0
  begin
    begin; v10 = Object.new(); rescue Exception; end
    begin
      class C0
        begin
          def self.m8(a0)
            begin; C0.send(:alias_method, :m0, :m9); rescue Exception; end
            begin; v11 = true.public_send(:m1); rescue Exception; end
            "s8"
          end
        rescue Exception
        end
        begin; v12 = C0.new(); rescue Exception; end
        begin
          v13 = Class.new(Object) do
            begin; Range.send(:alias_method, :m10, :upto); rescue Exception; end
            begin; Hash.send(:alias_method, :m1, :m8); rescue Exception; end
            begin; self.send(:include, Enumerable); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  rescue => e
    begin; C0.send(:define_method, :m11, v1); rescue Exception; end
    begin; v14 = v6.dup; rescue Exception; end
    r2 += 1
    retry if r2 < 2
  end
rescue Exception
end
GC.start
