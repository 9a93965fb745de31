begin; v0 = Object.new(); rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; 8.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
begin; v1.instance_variable_set(:@i1, 16.5); rescue Exception; end
begin; raise TypeError, "x"; rescue Exception; end
begin; Object.instance_variable_set(:@k2, v1); rescue Exception; end
begin; v2 = nil == v1; rescue Exception; end
begin; K0 = v1; rescue Exception; end
begin
  def m0(a0, a1)
    a0
  end
rescue Exception
end
begin; v3 = "s6".method(:to_h); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      module M0
        begin; alias_method :m0, :m1; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v4 = v1.m0(e); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v5 = v3.to_proc; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:include, M0); rescue Exception; end
begin; Object.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; v6 = v1.clone; rescue Exception; end
    "s0"
  end
rescue Exception
end
begin; v7 = nil; rescue Exception; end
begin
  v8 = proc do |a0, &blk|
    begin; v9 = nil.respond_to?(:"==", true); rescue Exception; end
    begin
      v10 = proc do |a0, a1|
        begin; v11 = v1.clone; rescue Exception; end
        begin; v12 = Object.new(); rescue Exception; end
        a1
      end
    rescue Exception
    end
    "s1"
  end
rescue Exception
end
begin
  v13 = ->(k0: 1, **kws) do
    begin; v14 = Integer((2..2)); rescue Exception; end
    k0
  end
rescue Exception
end
begin
  class << v2
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v15 = {:k0 => v0}; rescue Exception; end
