GC.start
begin; K0 = 5.5; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin; Range.send(:alias_method, :m0, :clear); rescue Exception; end
begin; 100.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.instance_variable_set(:@i0, 17.5); rescue Exception; end
begin; Integer.send(:alias_method, :m0, :message); rescue Exception; end
begin
  class C0
    begin
      C0.send(:define_method, :m1) do |a0, a1|
        begin; C0.send(:remove_method, :m2); rescue Exception; end
        a1
      end
    rescue Exception
    end
    begin
      def m1(a0, &blk)
        begin; v1 = C0.new(); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; C0.class_eval("begin; v2 = [true]; rescue Exception; end"); rescue Exception; end
    begin; v3 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin; v0.send(:clear, v0); rescue Exception; end
