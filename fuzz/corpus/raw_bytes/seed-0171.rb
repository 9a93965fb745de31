begin
  v0 = lambda do |a0, o0 = 0|
    GC.start
    o0
  end
rescue Exception
end
begin
  class Range
    begin; alias_method :m0, :hash; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; p nil; rescue Exception; end
begin
  def v0.m1(a0, *rest)
    begin; v1 = Object.instance_method(:extend); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v2
    begin
      Array.class_eval do
        GC.start
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; String.send(:alias_method, :m2, :extend); rescue Exception; end
begin; v3 = true; rescue Exception; end
begin
  class Range
    begin; alias m3 hash; rescue Exception; end
  end
rescue Exception
end
begin; v4 = Object.new(); rescue Exception; end
GC.start
begin
  class << v4
    begin; v5 = [(4..9), (3..4)]; rescue Exception; end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  class << v2
    begin; true.m4(); rescue Exception; end
  end
rescue Exception
end
GC.start
begin
  Hash.send(:define_method, :m5) do |a0, &blk|
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    v2
  end
rescue Exception
end
begin
  module M0
    begin; v6 = "s0".select("s10", 89); rescue Exception; end
    begin; alias_method :m6, :m7; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin; Numeric.extend(M1); rescue Exception; end
    begin
      v7 = ->() do
        "s19"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v4; rescue Exception; end
begin; Array.send(:alias_method, :m8, :hash); rescue Exception; end
GC.start
begin; K1 = v4; rescue Exception; end
