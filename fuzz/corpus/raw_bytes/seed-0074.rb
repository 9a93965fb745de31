begin; eval("begin\n  def m0(o0 = 0)\n    begin\n      begin\n        begin; raise ArgumentError, \"r\"; rescue Exception; end\n      rescue => e\n      end\n    rescue Exception\n    end\n    o0\n  end\nrescue Exception\nend\nbegin; v0 = 2.5.respond_to?(:m1, true); rescue Exception; end"); rescue Exception; end
begin; v1 = 1.5.remainder(:y2); rescue Exception; end
begin; v2 = (2..2); rescue Exception; end
begin
  def m0(a0, &blk)
    begin; 50.times { |i| Object.new }; rescue Exception; end
    :y1
  end
rescue Exception
end
begin
  class << v2
    begin
      def m2()
        begin; Array.extend(Enumerable); rescue Exception; end
        begin; v3 = [nil, :y2]; rescue Exception; end
        -2
      end
    rescue Exception
    end
    begin; v4 = Range.instance_method(:index); rescue Exception; end
    begin; v5 = 0.5.respond_to?(:m3); rescue Exception; end
  end
rescue Exception
end
begin; v6 = {}; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = {:k0 => self, :k1 => v6}; rescue Exception; end
