begin; v0 = Numeric.instance_method(:eql?); rescue Exception; end
GC.start
begin
  r1 = 0
  begin
    begin
      3.times do |i|
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; C0.send(:remove_method, :ljust); rescue Exception; end
begin; Object.send(:alias_method, :m0, :eql?); rescue Exception; end
begin
  Range.send(:define_method, :m0) do |o0 = 0|
    begin; v1 = Object.new(); rescue Exception; end
    74
  end
rescue Exception
end
begin; v2 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class Numeric
    begin; alias m1 eql?; rescue Exception; end
    begin; alias_method :m1, :m1; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:undef_method, :m2); rescue Exception; end
begin
  v3 = ->(a0, *rest) do
    begin; v4 = true; rescue Exception; end
    v0
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m3, :m1); rescue Exception; end
begin; v5 = v3.to_proc; rescue Exception; end
GC.start
begin; 300.times { |i| Object.new }; rescue Exception; end
