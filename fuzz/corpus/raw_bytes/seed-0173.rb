begin
  Hash.send(:define_method, :m0) do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = 73.respond_to?(:m1); rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin; v3 = Object.new(2, (1..1)); rescue Exception; end
begin; v4 = v3.dup; rescue Exception; end
begin
  begin
    begin
      module M0
        begin; alias_method :m1, :m2; rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v5 = v1.m1(e); rescue Exception; end
  ensure
    begin; v6 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  module M1
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  2.times do |i|
    begin; p v0; rescue Exception; end
  end
rescue Exception
end
begin; Object.send(:alias_method, :m3, :"=="); rescue Exception; end
begin
  Object.send(:define_method, :m2) do |a0, *rest, p0|
    begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
    nil
  end
rescue Exception
end
begin; v7 = nil; rescue Exception; end
begin
  v8 = proc do |a0, &blk|
    begin; v9 = nil.respond_to?(:"==", true); rescue Exception; end
    begin
      v10 = proc do |a0, a1|
        begin; v11 = v4.clone; rescue Exception; end
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
  class << v3
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v15 = {:k0 => v0}; rescue Exception; end
begin; v16 = v7.method(:m1); rescue Exception; end
begin
  def v8.m3()
    begin; v17 = true.m0(k0: 16.5); rescue Exception; end
    "s17"
  end
rescue Exception
end
begin; v18 = {:k0 => v15, :k1 => self}; rescue Exception; end
begin; Array.send(:alias_method, :m1, :"=="); rescue Exception; end
