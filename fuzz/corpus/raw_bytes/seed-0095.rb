GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.respond_to?(:positive?, true); rescue Exception; end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  class C0
    begin; C0.send(:alias_method, :m0, :m0); rescue Exception; end
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin
  def m0(k0: 1, **kws)
    begin; Numeric.send(:alias_method, :m1, :each_pair); rescue Exception; end
    :y4
  end
rescue Exception
end
begin; C0.send(:remove_method, :positive?); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m2, :positive?); rescue Exception; end
begin; v3 = C0.new(); rescue Exception; end
begin; K0 = nil; rescue Exception; end
GC.start
begin
  def m1(o0 = 0)
    79
  end
rescue Exception
end
begin
  v3.m1(1) do |k0: 1|
    k0
  end
rescue Exception
end
begin; raise TypeError, "x"; rescue Exception; end
begin
  class << v0
    begin
      C0.class_eval do
        begin; C0.send(:remove_method, :m3); rescue Exception; end
        begin; C0.send(:include, Enumerable); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = K0.respond_to?(:m4, true); rescue Exception; end
    begin
      module M1
        begin; v5 = :y0.send(:inspect); rescue Exception; end
        begin
          class C2 < C0
            begin; C0.send(:remove_method, :m5); rescue Exception; end
            begin
              def m2()
                nil
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < Numeric
    begin; v6 = C2.new(66, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
    begin
      class << v2
        begin; v7 = 99; rescue Exception; end
        begin; alias m6 m5; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v1
    begin
      C2.send(:define_method, :m7) do
        begin
          class C4
            begin; v8 = :y0; rescue Exception; end
            begin
              C2.send(:define_method, :m8) do |a0|
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        GC.start
        -0.5
      end
    rescue Exception
    end
    begin; v9 = 91.respond_to?(:m9, true); rescue Exception; end
  end
rescue Exception
end
begin; v10 = "s10"; rescue Exception; end
begin; v11 = nil.method(:merge); rescue Exception; end
begin; v12 = C3.new(); rescue Exception; end
begin
  class << v11
    begin; alias m2 none?; rescue Exception; end
    begin; v13 = Object.new(k0: "s17"); rescue Exception; end
    begin
      def m5()
        2.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v14 = ->() do
    GC.start
    v12
  end
rescue Exception
end
begin
  class << v11
    begin; v15 = C3.new(1.5); rescue Exception; end
    begin
      class C5 < Array
        begin
          v16 = Fiber.new do |x|
            Fiber.yield(x)
            x
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.singleton_class.send(:undef_method, :m5); rescue Exception; end
