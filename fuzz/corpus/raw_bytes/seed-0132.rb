begin; v0 = [:y2, :y5]; rescue Exception; end
begin; v1 = v0.dup; rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  v0.singleton_class.send(:define_method, :m0) do |a0, &blk|
    v0
  end
rescue Exception
end
begin; v3 = :upcase; rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  v4 = proc do |a0, *rest|
    a0
  end
rescue Exception
end
begin; v0.singleton_class.send(:remove_method, :"!~"); rescue Exception; end
begin
  v5 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; Object.instance_variable_set(:@k1, v4); rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin
  5.times do |i|
    begin
      3.times do |i|
        begin
          v6 = proc do |a0|
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; K0 = true; rescue Exception; end
  end
rescue Exception
end
begin
  v7 = proc do
    begin; 8.times { |i| v1 << i.to_s }; rescue Exception; end
    begin; Object.send(:include, Comparable); rescue Exception; end
    self
  end
rescue Exception
end
begin; Object.send(:alias_method, :m1, :m2); rescue Exception; end
begin; v8 = v2.method(:then); rescue Exception; end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  v10 = Fiber.new do |x|
    GC.start
    begin; v9 = v5.call(v1, "s12"); rescue Exception; end
    Fiber.yield(x)
    nil
  end
rescue Exception
end
begin; v11 = [10, 20, 30, 40][v7]; rescue Exception; end
begin
  class << v11
    begin; Hash.send(:alias_method, :m3, :m4); rescue Exception; end
  end
rescue Exception
end
begin; p 27; rescue Exception; end
begin; v12 = v10.resume(1); rescue Exception; end
begin; Integer.send(:alias_method, :m4, :"!~"); rescue Exception; end
begin; v13 = Object.new(); rescue Exception; end
