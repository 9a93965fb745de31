begin
  v2 = 52.eql?(79) do |o0 = 0|
    begin; v0 = true.respond_to?(:m0); rescue Exception; end
    begin; v1 = 15.5; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  v3 = lambda do |a0, &blk|
    begin; Range.send(:alias_method, :m0, :clear); rescue Exception; end
    blk
  end
rescue Exception
end
begin
  module M0
    begin; K0 = "s19"; rescue Exception; end
  end
rescue Exception
end
begin; v4 = v3.instance_variable_get(:@i0); rescue Exception; end
begin; v5 = Object.new(); rescue Exception; end
begin; Range.send(:alias_method, :m1, :members); rescue Exception; end
begin
  class C1 < Hash
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; v6 = "s2".respond_to?(:m1, true); rescue Exception; end
    begin; v7 = true; rescue Exception; end
    begin
      v6.m1() do |a0, a1|
        begin; v8 = (3..8); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v9 = lambda do |a0|
    GC.start
    begin; v10 = (4..4); rescue Exception; end
    :y4
  end
rescue Exception
end
begin; v9.to_proc(&v3); rescue Exception; end
begin; v11 = "s11".respond_to?(:m2); rescue Exception; end
begin; v12 = [[:y4], [v4]].flatten; rescue Exception; end
begin
  def v9.m2()
    begin
      1.times do |i|
        begin; v13 = [:y3, true, :y3].sort { |x, y| y <=> x }; rescue Exception; end
      end
    rescue Exception
    end
    true
  end
rescue Exception
end
begin; p 17.5; rescue Exception; end
begin; v14 = v5.respond_to?(:m2, true); rescue Exception; end
begin; C1.send(:alias_method, :m3, :m4); rescue Exception; end
begin
  class << v3
    begin; v15 = Object.new(); rescue Exception; end
    begin; v15.singleton_class.send(:alias_method, :m2, :m5); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < C1
    begin; C1.send(:remove_method, :m3); rescue Exception; end
  end
rescue Exception
end
begin; v16 = C1.instance_method(:eql?); rescue Exception; end
begin; v17 = v3.singleton_class; rescue Exception; end
begin; v18 = v14.respond_to?(:m6); rescue Exception; end
begin
  3.times do |i|
    begin
      class Hash
        begin; alias_method :m3, :eql?; rescue Exception; end
      end
    rescue Exception
    end
    begin; v9.instance_variable_set(:@i1, self); rescue Exception; end
  end
rescue Exception
end
begin; v5.singleton_class.send(:alias_method, :m2, :clear); rescue Exception; end
begin; v19 = [(1..4)].include?(:y2); rescue Exception; end
begin; v20 = C2.instance_method(:m2); rescue Exception; end
begin; v21 = 13.5.method(:clear); rescue Exception; end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m1, :clear); rescue Exception; end
begin; v22 = self.respond_to?(:eql?); rescue Exception; end
