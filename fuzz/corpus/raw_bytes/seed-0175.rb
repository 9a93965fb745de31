begin; Object.send(:prepend, Comparable); rescue Exception; end
begin; v0 = Object.new((4..5)); rescue Exception; end
GC.start
begin
  v1 = ->(a0, *rest) do
    begin
      v0.instance_eval do
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  def m0(o0 = 0)
    begin
      3.times do |i|
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; String.send(:alias_method, :m1, :m0); rescue Exception; end
begin; Kernel.send(:alias_method, :m0, :then); rescue Exception; end
begin
  class String
    begin; alias_method :m2, :strip!; rescue Exception; end
    begin; alias_method :m3, :m4; rescue Exception; end
  end
rescue Exception
end
begin; K0 = 67; rescue Exception; end
begin
  r1 = 0
  begin
    begin; v0.extend(Comparable); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
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
