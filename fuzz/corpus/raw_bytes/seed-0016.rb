GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  module M0
    begin; alias_method :m0, :each_pair; rescue Exception; end
    begin
      10.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v1 = -1.5.m1() do
    v0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
