GC.start
begin; String.send(:alias_method, :m0, :puts); rescue Exception; end
begin
  class C0 < Hash
    begin; 10.times { |i| [i, i] }; rescue Exception; end
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    begin
      v0 = ->(a0, *rest) do
        begin
          C0.send(:define_method, :m1) do |o0 = 0|
            o0
          end
        rescue Exception
        end
        true
      end
    rescue Exception
    end
    begin; v1 = v0.method(:call).call(k0: 2); rescue Exception; end
  end
rescue Exception
end
begin; K0 = -1.5; rescue Exception; end
begin; v2 = C0.new(); rescue Exception; end
begin; v2.instance_eval("begin\n  module M1\n    begin; raise RuntimeError, \"x\"; rescue Exception; end\n    begin; C0.send(:alias_method, :m0, :puts); rescue Exception; end\n  end\nrescue Exception\nend"); rescue Exception; end
begin; K1 = nil; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  def v2.m2(a0)
    a0
  end
rescue Exception
end
begin; v2.m2(1); rescue Exception; end
begin; v2.singleton_class.send(:remove_method, :puts); rescue Exception; end
GC.start
