begin; ($stash ||= []).concat(Array.new(8) { |j| { j => "h#{j}" } }); rescue Exception; end
GC.start
begin
  r1 = 0
  begin
    begin
      Range.send(:define_method, :m0) do
        begin; M0.send(:remove_method, :m0); rescue Exception; end
        begin; Array.send(:alias_method, :m0, :message); rescue Exception; end
        true
      end
    rescue Exception
    end
  rescue => e
    GC.start
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; K0 = 17; rescue Exception; end
begin; Numeric.send(:alias_method, :m1, :message); rescue Exception; end
begin
  class Exception
    begin; alias m2 message; rescue Exception; end
  end
rescue Exception
end
begin
  v0 = ->() do
    nil
  end
rescue Exception
end
begin; String.send(:alias_method, :m3, :message); rescue Exception; end
GC.start
begin
  def m0(o0 = 0)
    begin
      begin
        begin; v1 = 8.respond_to?(:m4); rescue Exception; end
      rescue => e
        begin; p nil; rescue Exception; end
      ensure
        begin; v2 = String(81); rescue Exception; end
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v3 = [v0, v0, v0].sort { |x, y| y <=> x }; rescue Exception; end
begin
  v4 = Fiber.new do |x|
    Fiber.yield(x)
    46
  end
rescue Exception
end
begin
  v5 = proc do |a0, a1|
    v0
  end
rescue Exception
end
begin; v6 = Integer.instance_method(:message); rescue Exception; end
begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
begin
  v7 = proc do
    begin; Numeric.send(:alias_method, :m0, :message); rescue Exception; end
    v6
  end
rescue Exception
end
GC.start
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = v5.instance_variable_get(:@i2); rescue Exception; end
begin; K1 = -1; rescue Exception; end
begin; v10 = self.method(:m5).call(v3, nil); rescue Exception; end
begin; v11 = v10.respond_to?(:m6, true); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  Array.send(:define_method, :m1) do |a0, a1|
    begin
      module M0
        begin
          class Exception
            begin; alias_method :m5, :message; rescue Exception; end
          end
        rescue Exception
        end
        begin
          def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
          def to_str; "c#{to_int}"; end
          def to_ary; [to_int, to_str]; end
          def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
          def hash; to_int.hash; end
          def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
          def ==(o); eql?(o); end
          def coerce(o); [o, to_int]; end
        rescue Exception
        end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin
  def v5.m7(a0, &blk)
    blk
  end
rescue Exception
end
begin
  v8.singleton_class.send(:define_method, :m5) do |a0, a1|
    v3
  end
rescue Exception
end
GC.start
