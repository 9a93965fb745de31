GC.start
begin; v0 = []; rescue Exception; end
begin; Array.send(:alias_method, :m0, :m0); rescue Exception; end
begin
  class C0
    begin; alias_method :m0, :p; rescue Exception; end
  end
rescue Exception
end
begin
  class String
    begin; alias_method :m0, :squeeze!; rescue Exception; end
    begin; alias_method :m1, :squeeze!; rescue Exception; end
  end
rescue Exception
end
begin
  5.times do |i|
    GC.start
    begin
      v0.instance_eval do
        GC.start
        begin
          def v0.m2(a0, o0 = 0, *rest, k0: 1, &blk)
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 8.times { |i| v0 << i.to_s }; rescue Exception; end
begin; 300.times { |i| proc { i } }; rescue Exception; end
begin
  class C1 < Array
    begin
      class C2 < C0
        begin; v1 = Object.new(); rescue Exception; end
        begin; alias m2 p; rescue Exception; end
        begin; v2 = C1.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C3 < Hash
        begin
          class String
            begin; alias m3 squeeze!; rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = nil; rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = C3.new(); rescue Exception; end
    begin; alias_method :m3, :m4; rescue Exception; end
  end
rescue Exception
end
begin; v5 = Object.new(); rescue Exception; end
begin; v5.singleton_class.send(:alias_method, :m5, :squeeze!); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  v6 = lambda do |a0, &blk|
    begin
      v7 = Proc.new do
        begin; v8 = v5.instance_variable_get(:@i1); rescue Exception; end
        v0
      end
    rescue Exception
    end
    begin
      v9 = lambda do
        begin
          C2.send(:define_method, :m1) do |a0, &blk|
            begin; v10 = C1.new(); rescue Exception; end
            GC.start
            v0
          end
        rescue Exception
        end
        begin; v7.instance_variable_set(:@i3, v7); rescue Exception; end
        v0
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m5, :p); rescue Exception; end
begin; K0 = K0; rescue Exception; end
