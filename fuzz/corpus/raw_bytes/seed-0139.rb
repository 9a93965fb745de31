GC.start
begin
  v0 = ->(a0, o0 = 0) do
    77
  end
rescue Exception
end
begin; v1 = Object.new(:y1, k0: 3); rescue Exception; end
begin
  class << v1
    begin
      v2 = proc do |a0, *rest, p0|
        rest
      end
    rescue Exception
    end
    begin; alias m0 message; rescue Exception; end
    begin
      class << v2
        begin
          class Range
            begin; alias_method :m0, :max; rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = Object.new(); rescue Exception; end
        begin
          v4 = v3.m0(k0: 18) do |a0, o0 = 0|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v5 = v0.singleton_class; rescue Exception; end
begin
  class << v1
    begin; v6 = Object.new((4..9), :y5); rescue Exception; end
    begin; p v6; rescue Exception; end
    begin; ($stash ||= []).concat(Array.new(7) { |j| proc { j } }); rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin
      v7 = ->() do
        begin; K0 = v0; rescue Exception; end
        v1
      end
    rescue Exception
    end
  rescue => e
    begin
      2.times do |i|
        begin; v8 = ((2..6)..nil).include?((2..6)); rescue Exception; end
        begin
          v9 = Fiber.new do |x|
            Fiber.yield(x)
            v0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K1 = v5; rescue Exception; end
begin; v1.m0(v5, k0: 3); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; Range.send(:define_method, :m1, v0); rescue Exception; end
begin
  class << v0
    begin
      v10 = ->() do
        begin; v11 = 14.5; rescue Exception; end
        begin; String.send(:alias_method, :m1, :message); rescue Exception; end
        6.5
      end
    rescue Exception
    end
    begin
      Integer.send(:define_method, :m2) do |a0|
        begin; v12 = a0 == 18.5; rescue Exception; end
        v10
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval("begin; v13 = (1..3).send(:message, k0: 2); rescue Exception; end"); rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class Exception
    begin; alias m3 message; rescue Exception; end
    begin; alias_method :m0, :m0; rescue Exception; end
  end
rescue Exception
end
begin; v14 = v5.new(); rescue Exception; end
begin
  class C0
    begin
      def m3()
        49
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C1 < C0
    begin; C1.send(:include, Enumerable); rescue Exception; end
    begin; v15 = (2..5).to_a(true, k0: 3); rescue Exception; end
  end
rescue Exception
end
GC.start
