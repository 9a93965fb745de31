GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  r1 = 0
  begin
    begin; v1 = Object.new(k0: (1..2)); rescue Exception; end
    begin; v0.singleton_class.send(:remove_method, :fetch); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v0.singleton_class.send(:alias_method, :m0, :min); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v2 = v0.method(:m0); rescue Exception; end
  end
rescue Exception
end
begin
  module M0
    begin; Hash.send(:alias_method, :m1, :m2); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| { i => i } }; rescue Exception; end
begin; 30.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  module M1
    begin; v3 = {:k0 => "s6"}; rescue Exception; end
    begin; v3.singleton_class.send(:alias_method, :m2, :fetch); rescue Exception; end
  end
rescue Exception
end
begin
  v4 = v0.fetch() do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  module M2
    begin
      v5 = Class.new(Exception) do
        begin; alias_method :m3, :fetch; rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin
          def m4(a0, a1)
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = C3.new(); rescue Exception; end
begin; v7 = v4.respond_to?(:m4); rescue Exception; end
begin
  class Range
    begin; alias m5 min; rescue Exception; end
  end
rescue Exception
end
begin; K0 = v7; rescue Exception; end
begin
  v8 = proc do |a0, *rest, p0|
    begin; v9 = {}; rescue Exception; end
    begin; v10 = v9.m6(); rescue Exception; end
    rest
  end
rescue Exception
end
begin; K1 = v7; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  v11 = Class.new(Hash) do
    begin; 50.times { |i| Object.new }; rescue Exception; end
  end
rescue Exception
end
begin
  class C5
    begin
      30.times do |i|
        begin; v12 = (1..3); rescue Exception; end
      end
    rescue Exception
    end
    begin
      v13 = proc do |o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
