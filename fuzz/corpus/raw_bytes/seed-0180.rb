GC.start
begin
  2.times do |i|
  end
rescue Exception
end
begin
  v0 = :y1.send(:capitalize, 21, nil) do |a0, a1|
    44
  end
rescue Exception
end
begin; v1 = [2.5, v0]; rescue Exception; end
begin
  class C0 < String
    begin
      class C1 < C0
        begin; K0 = K0; rescue Exception; end
        begin; v2 = 78.respond_to?(:m0); rescue Exception; end
      end
    rescue Exception
    end
    begin; v3 = 3.respond_to?(:m0); rescue Exception; end
    begin; C0.send(:include, Enumerable); rescue Exception; end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
begin; v4 = [v0, (2..2)]; rescue Exception; end
begin; v5 = v4.dup; rescue Exception; end
begin
  class << v1
    begin; C0.send(:alias_method, :m1, :message); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v1 << v5; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do |a0, o0 = 0|
    a0
  end
rescue Exception
end
