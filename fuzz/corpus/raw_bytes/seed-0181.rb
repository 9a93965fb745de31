GC.start
begin; v0 = {:k0 => nil, :k1 => "s9"}; rescue Exception; end
begin; v1 = [v0, v0].uniq.size; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; K0 = nil; rescue Exception; end
    begin; v3 = Object.new(K0); rescue Exception; end
  end
rescue Exception
end
begin
  v5 = Fiber.new do |x|
    begin; v4 = Object.new(x); rescue Exception; end
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin
  class << v1
    begin; String.send(:alias_method, :m0, :dig); rescue Exception; end
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; v6 = C0.new(nil, 21); rescue Exception; end
  end
rescue Exception
end
begin; v7 = [v2, v1].max; rescue Exception; end
begin; v8 = C0.new(K0, k0: 3); rescue Exception; end
begin; v9 = :y4; rescue Exception; end
begin; Range.extend(Enumerable); rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m1, :first); rescue Exception; end
begin; v10 = 13.5; rescue Exception; end
GC.start
begin; String.send(:alias_method, :m2, :m3); rescue Exception; end
begin; v11 = C0.instance_method(:first); rescue Exception; end
begin; v12 = {:k0 => v1, :k1 => :y4}; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin
  def v8.m4()
    begin; C0.send(:include, Comparable); rescue Exception; end
    13
  end
rescue Exception
end
begin; v13 = v9.to_proc; rescue Exception; end
begin
  C0.send(:define_method, :m5) do
    v13
  end
rescue Exception
end
begin
  10.times do |i|
    begin
      class Range
        begin; alias_method :m6, :first; rescue Exception; end
        begin; alias_method :m7, :m8; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v14 = v11.bind(v5); rescue Exception; end
begin; v15 = Array.instance_method(:dig); rescue Exception; end
begin; v16 = v0.singleton_class; rescue Exception; end
begin; v17 = C0.new(&v14); rescue Exception; end
begin; v18 = {:k0 => "s12"}; rescue Exception; end
