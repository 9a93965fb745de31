begin; v0 = "s5"; rescue Exception; end
GC.start
begin; v1 = [self]; rescue Exception; end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
begin
  v2 = ->(k0: 1, **kws) do
    GC.start
    begin; v3 = "s9"; rescue Exception; end
    k0
  end
rescue Exception
end
begin; v4 = v1.dup; rescue Exception; end
begin; Hash.send(:define_method, :m0, v2); rescue Exception; end
GC.start
begin
  v5 = proc do |o0 = 0|
    begin
      Hash.send(:define_method, :m1) do
        begin; v2.send(:call, 16); rescue Exception; end
        v2
      end
    rescue Exception
    end
    begin; v6 = Object.new(&v2); rescue Exception; end
    o0
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :message); rescue Exception; end
begin; C0.send(:remove_method, :m2); rescue Exception; end
begin
  class Range
    begin; alias_method :m1, :entries; rescue Exception; end
  end
rescue Exception
end
begin; 300.times { |i| Object.new }; rescue Exception; end
begin
  Hash.send(:define_method, :m2) do |a0, &blk|
    blk
  end
rescue Exception
end
GC.start
begin; v0.singleton_class.send(:alias_method, :m0, :overlap?); rescue Exception; end
begin
  class << v2
    begin
      def m1(o0 = 0)
        o0
      end
    rescue Exception
    end
    begin; self.send(:prepend, Comparable); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v7 = [v2, self]; rescue Exception; end
begin; v8 = v1.singleton_class; rescue Exception; end
begin
  3.times do |i|
    GC.start
  end
rescue Exception
end
begin; K0 = nil; rescue Exception; end
begin; v9 = []; rescue Exception; end
begin
  v10 = lambda do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  class << v4
    begin
      v11 = lambda do
        begin; v12 = Object.new(); rescue Exception; end
        begin
          30.times do |i|
          end
        rescue Exception
        end
        "s10"
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C0 < String
    begin; raise RuntimeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin
  class C1 < C0
    begin
      begin
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
