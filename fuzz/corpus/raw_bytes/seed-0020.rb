begin; v0 = (0..0); rescue Exception; end
begin; K0 = 2.5; rescue Exception; end
begin; v1 = 63; rescue Exception; end
begin; Integer.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v2 = v0.exclude_end?(v1); rescue Exception; end
GC.start
begin; v3 = "s14"; rescue Exception; end
begin; Object.send(:alias_method, :m2, :min); rescue Exception; end
begin; v4 = 37; rescue Exception; end
begin; v3.singleton_class.send(:alias_method, :m3, :each_pair); rescue Exception; end
begin; v5 = v3.dup; rescue Exception; end
begin; K1 = v3; rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
GC.start
begin
  class C0 < String
    begin
      v6 = lambda do
        begin; p 8.5; rescue Exception; end
        true
      end
    rescue Exception
    end
  end
rescue Exception
end
