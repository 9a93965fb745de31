begin; Hash.class_eval("begin; v0 = {}; rescue Exception; end\nbegin\n  v1 = lambda do |o0 = 0|\n    begin; v2 = Object.new(1); rescue Exception; end\n    begin\n      v3 = proc do |k0: 1|\n        begin; v0.freeze; rescue Exception; end\n        k0\n      end\n    rescue Exception\n    end\n    o0\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  class C0
    begin
      begin
        begin; C0.send(:prepend, Comparable); rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v7 = self.send(:m0) do |o0 = 0|
    begin
      class C1 < C0
        begin
          def m0(o0 = 0)
            begin; v4 = :y5.method(:"-").call((0..0), 2.5); rescue Exception; end
            begin; v5 = Object.new(); rescue Exception; end
            self
          end
        rescue Exception
        end
        begin; v6 = 20.respond_to?(:m1); rescue Exception; end
        begin; Integer.send(:alias_method, :m2, :select); rescue Exception; end
      end
    rescue Exception
    end
    :y2
  end
rescue Exception
end
begin
  v7.m2(true) do |a0, *rest, p0|
    begin
      v8 = ->(a0, *rest, p0) do
        v7
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  class << v7
    begin; p (3..7); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = ->(a0, &blk) do
    a0
  end
rescue Exception
end
begin
  def v9.m3(a0)
    begin; v10 = C1.instance_method(:select); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v11 = v9.singleton_class; rescue Exception; end
begin; v12 = ["s19"]; rescue Exception; end
GC.start
begin; v11.send(:alias_method, :m1, :"-"); rescue Exception; end
begin
  3.times do |i|
    GC.start
    begin; v12.singleton_class.send(:remove_method, :select); rescue Exception; end
  end
rescue Exception
end
begin
  def v9.m4(a0, a1)
    begin; v13 = nil; rescue Exception; end
    a1
  end
rescue Exception
end
begin; v14 = "s6"; rescue Exception; end
begin
  v7.m5("s1") do |a0|
    begin
      class << v7
        begin; v15 = [:y4]; rescue Exception; end
        begin
          begin
            begin; v16 = self.m6(); rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; raise ArgumentError, "x"; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v17 = v11.new(); rescue Exception; end
