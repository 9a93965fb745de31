GC.start
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
begin; p self; rescue Exception; end
