GC.start
GC.start
begin; M0.send(:undef_method, :m0); rescue Exception; end
begin
  module M0
    begin
      v2 = 41.send(:downto, k0: self) do |a0, &blk|
        begin
          v0 = proc do
            nil
          end
        rescue Exception
        end
        begin; v1 = Object.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m1, :m2); rescue Exception; end
GC.start
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  v3 = Class.new(StandardError) do
    begin; v4 = C1.new(); rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
    begin; v4.instance_eval("begin\n  module M2\n    begin; v5 = 21.respond_to?(:m3); rescue Exception; end\n    begin; v6 = :y4.intern(1); rescue Exception; end\n    begin; v7 = v5.method(:negative?); rescue Exception; end\n  end\nrescue Exception\nend\nGC.start"); rescue Exception; end
    GC.start
  end
rescue Exception
end
GC.start
GC.start
GC.start
