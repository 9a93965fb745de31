begin
  class C0 < Array
    begin
      Array.send(:define_method, :m0) do |a0, &blk|
        begin; eval("begin\n  def m1(a0, *rest)\n    a0\n  end\nrescue Exception\nend"); rescue Exception; end
        nil
      end
    rescue Exception
    end
    begin
      class C1 < C0
        begin; v0 = 10.5; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = self.method(:m0); rescue Exception; end
begin; v2 = C0.new(); rescue Exception; end
begin; v3 = C1.new(); rescue Exception; end
begin; v4 = v2.public_send(:m0, v1); rescue Exception; end
begin; v5 = C1.instance_method(:m2); rescue Exception; end
begin; C1.send(:prepend, Comparable); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin
  class Range
    begin; alias_method :m3, :to_a; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin; alias m0 m3; rescue Exception; end
    begin
      class << v6
        begin
          def self.m4()
            begin; v7 = Struct.new(:f0, :f1); rescue Exception; end
            true
          end
        rescue Exception
        end
        begin; alias m5 message; rescue Exception; end
        begin
          def m1(a0, *rest)
            begin; v8 = C0.new(); rescue Exception; end
            begin; v9 = 9.5; rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = (2..2); rescue Exception; end
begin
  v10 = proc do
    v1
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
