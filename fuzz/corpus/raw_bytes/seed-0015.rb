GC.start
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; Hash.send(:alias_method, :m0, :tally); rescue Exception; end
begin
  Hash.send(:define_method, :m1) do |a0, a1|
    begin; v0 = (4..4).public_send(:initialize, k0: "s4"); rescue Exception; end
    a1
  end
rescue Exception
end
begin; K0 = :y0; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
GC.start
begin; 100.times { |i| v1.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v2 = Object.class_variable_get(:@@k1); rescue Exception; end
begin
  module M0
    begin; v3 = :y1; rescue Exception; end
    begin; v4 = Array.instance_method(:"-"); rescue Exception; end
    begin; v5 = Object.instance_method(:m2); rescue Exception; end
  end
rescue Exception
end
begin
  30.times do |i|
    begin; v6 = Object.class_variable_get(:@@k0); rescue Exception; end
    begin
      Numeric.send(:define_method, :m3) do |k0: 1|
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = Numeric.instance_method(:entries); rescue Exception; end
begin
  def v1.m4(a0, &blk)
    a0
  end
rescue Exception
end
begin; v8 = Array(v7); rescue Exception; end
begin; v9 = v1.respond_to?(:m1); rescue Exception; end
begin
  def m5(a0, o0 = 0)
    a0
  end
rescue Exception
end
begin; M0.send(:undef_method, :m6); rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m7, :m8); rescue Exception; end
begin
  begin
  rescue => e
    begin; M0.send(:undef_method, :nonzero?); rescue Exception; end
    begin
      v10 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          def v1.m9(a0, o0 = 0)
            o0
          end
        rescue Exception
        end
        begin
          class C1
            GC.start
          end
        rescue Exception
        end
        v2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9.m1(v8, self); rescue Exception; end
begin; C1.send(:alias_method, :m10, :"-"); rescue Exception; end
begin; C1.instance_variable_set(:@k1, v7); rescue Exception; end
begin; v11 = C1.instance_method(:entries); rescue Exception; end
begin; Enumerable.send(:alias_method, :m11, :tally); rescue Exception; end
begin; v12 = true; rescue Exception; end
begin; v13 = v9.respond_to?(:entries); rescue Exception; end
begin
  module M2
    begin; 21.send(:m7, k0: (4..8)); rescue Exception; end
    begin
      C1.send(:define_method, :m6) do |a0|
        begin; v14 = C1.new(); rescue Exception; end
        begin; v14.public_send(:m10, k0: v14); rescue Exception; end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; v15 = {:k0 => (3..3), :k1 => self}; rescue Exception; end
begin; v16 = C1.instance_variable_get(:@k1); rescue Exception; end
