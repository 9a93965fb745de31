begin; self.m0(self, "s3"); rescue Exception; end
begin; v0 = nil.m1((1..6), k0: 3); rescue Exception; end
begin; Integer.send(:alias_method, :m1, :inject); rescue Exception; end
begin; v1 = {:k0 => v0}; rescue Exception; end
begin; v1[(3..4)] = v1; rescue Exception; end
begin
  class C0
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m2, :max); rescue Exception; end
  end
rescue Exception
end
begin
  v2 = lambda do |o0 = 0|
    begin; v3 = C0.new(); rescue Exception; end
    o0
  end
rescue Exception
end
begin; p true; rescue Exception; end
begin; C0.send(:alias_method, :m3, :max); rescue Exception; end
begin; v4 = C0.new(v0, v1); rescue Exception; end
begin; C0.send(:remove_method, :select); rescue Exception; end
begin
  v5 = 17.5.send(:max, v0, v0) do |a0|
    begin; C0.send(:alias_method, :m2, :max); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m4, :max); rescue Exception; end
begin
  v6 = ->(a0, o0 = 0) do
    o0
  end
rescue Exception
end
begin; v1.singleton_class.send(:alias_method, :m5, :max); rescue Exception; end
begin
  class << v5
    begin; v7 = C0.new(); rescue Exception; end
    begin
      class C1 < C0
        begin; v8 = 5.5.send(:"|", k0: 50); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1[39] = nil; rescue Exception; end
begin
  def m6(a0, &blk)
    4
  end
rescue Exception
end
begin; v9 = v1.singleton_class; rescue Exception; end
begin
  v2.instance_eval do
  end
rescue Exception
end
begin
  C1.send(:define_method, :m1) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v4.singleton_class.send(:alias_method, :m4, :max); rescue Exception; end
    "s18"
  end
rescue Exception
end
begin
  class << v0
    GC.start
    begin
      module M2
        begin; v10 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C3
        begin; v11 = :y4.send(:intern, k0: :y1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4.singleton_class.send(:alias_method, :m7, :select); rescue Exception; end
begin; v12 = Object.new(:y5); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v1.singleton_class.send(:remove_method, :m8); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v13 = :y4; rescue Exception; end
begin; v14 = v2.clone; rescue Exception; end
begin; v15 = {:k0 => v14}; rescue Exception; end
