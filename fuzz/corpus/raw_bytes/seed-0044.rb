GC.start
begin; Object.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0 = Struct.new(:f0); rescue Exception; end
begin
  def m0()
    begin
      v1 = ->(a0, &blk) do
        begin; Object.send(:prepend, Comparable); rescue Exception; end
        blk
      end
    rescue Exception
    end
    6.5
  end
rescue Exception
end
begin
  v2 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      r1 = 0
      begin
      rescue => e
        begin
          v3 = Class.new(StandardError) do
            begin; C0.send(:undef_method, :puts); rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin
      def self.m2(o0 = 0)
        begin; C1.send(:undef_method, :m3); rescue Exception; end
        begin; C1.send(:alias_method, :m4, :puts); rescue Exception; end
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; eval("begin\n  3.times do |i|\n    begin; v4 = []; rescue Exception; end\n    begin\n      class C2\n        begin; K0 = nil; rescue Exception; end\n      end\n    rescue Exception\n    end\n  end\nrescue Exception\nend"); rescue Exception; end
begin
  v5 = Proc.new do |a0, o0 = 0|
    v0
  end
rescue Exception
end
begin
  class << v2
    begin; C1.send(:prepend, Enumerable); rescue Exception; end
  end
rescue Exception
end
