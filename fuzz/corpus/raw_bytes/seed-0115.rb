begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = lambda do |a0, *rest, p0|
    rest
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin; eval("begin; v3 = v1.method(:backtrace); rescue Exception; end"); rescue Exception; end
begin
  5.times do |i|
    begin
      class C0
        begin
          v4 = lambda do |a0, *rest, p0|
            rest
          end
        rescue Exception
        end
        begin; C0.send(:remove_method, :yield_self); rescue Exception; end
        begin; v5 = (3..4); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def v0.m0(a0, a1)
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin
  class C1 < C0
    begin; v6 = "s16"; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :"%"); rescue Exception; end
begin
  5.times do |i|
    begin; v7 = {:k0 => :y0, :k1 => v1}; rescue Exception; end
  end
rescue Exception
end
begin; v8 = 18.5; rescue Exception; end
begin
  10.times do |i|
    begin
      C1.send(:define_method, :m0) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class C2
            begin; C2.send(:include, Enumerable); rescue Exception; end
            begin; nil.method(:yield_self).call((1..4), k0: 3); rescue Exception; end
          end
        rescue Exception
        end
        5.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
    begin; v9 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
GC.start
GC.start
GC.start
