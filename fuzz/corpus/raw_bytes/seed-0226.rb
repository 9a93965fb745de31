GC.start
begin; raise TypeError, "x"; rescue Exception; end
begin
  begin
    begin
      Hash.send(:define_method, :m0) do |a0|
        begin
          v0 = ->(a0, &blk) do
            81
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
    begin; K0 = (0..2); rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; v1 = {:k0 => true}; rescue Exception; end
begin
  v2 = lambda do
    begin; p v1; rescue Exception; end
    self
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m0); rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v4 = v3.send(:m2, **v1); rescue Exception; end
begin
  Array.send(:define_method, :m2) do |o0 = 0|
    o0
  end
rescue Exception
end
begin; K1 = v4; rescue Exception; end
begin
  class << v1
    begin; 54.send(:">>", 1); rescue Exception; end
  end
rescue Exception
end
begin; v5 = v1.flatten(); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      v6 = self.send(:m1, **v1) do
        begin
          begin
            begin; v2.instance_variable_set(:@i1, 38); rescue Exception; end
            begin; v1.singleton_class.send(:remove_method, :to_r); rescue Exception; end
          rescue => e
            GC.start
          end
        rescue Exception
        end
        v1
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v7 = Object.new(); rescue Exception; end
begin; v8 = Object.new(); rescue Exception; end
begin; v9 = v2.to_proc; rescue Exception; end
begin; v10 = nil.method(:to_r); rescue Exception; end
begin; v11 = v9.call(v10); rescue Exception; end
begin; K2 = v2; rescue Exception; end
begin; v12 = Object.new(); rescue Exception; end
begin; Object.send(:alias_method, :m2, :sort_by); rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m3, :to_r); rescue Exception; end
begin; p :y4; rescue Exception; end
begin; v13 = Integer.instance_method(:message); rescue Exception; end
begin; v14 = [v4, K0, 38]; rescue Exception; end
begin
  v15 = self.send(:to_r, v11, (4..5)) do
    79
  end
rescue Exception
end
