begin; v0 = 9.method(:m0); rescue Exception; end
begin
  module M0
    begin; 300.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; Range.extend(M0); rescue Exception; end
begin
  v1 = ->() do
    v0
  end
rescue Exception
end
begin; v1.freeze; rescue Exception; end
GC.start
begin
  def m1(a0, o0 = 0)
    begin; v2 = "s7".respond_to?(:m0, true); rescue Exception; end
    begin; Object.class_variable_set(:@@k2, v2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v3 = Object.new(); rescue Exception; end
