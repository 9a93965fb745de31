begin
  r1 = 0
  begin
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin
      module M0
        begin
          Numeric.send(:define_method, :m0) do
            begin; alias_method :m1, :clamp; rescue Exception; end
            4.5
          end
        rescue Exception
        end
        begin; Integer.send(:alias_method, :m1, :clamp); rescue Exception; end
        begin
          def m0(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; Object.send(:include, M0); rescue Exception; end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; K0 = 3.5; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin; v0 = (0..0).method(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v1 = 16.5.respond_to?(:m0); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; Hash.send(:alias_method, :m0, :m3); rescue Exception; end
begin; v2 = [v1, v1]; rescue Exception; end
GC.start
begin; 100.times { |i| v2 << i.to_s }; rescue Exception; end
begin
  class << v2
    begin; Comparable.send(:alias_method, :m2, :clamp); rescue Exception; end
    begin
      v3 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; v4 = 14.5.nan?(self); rescue Exception; end
        begin; C1.send(:alias_method, :m2, :clamp); rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin
      v5 = lambda do |a0, a1|
        begin; v6 = v3.respond_to?(:clamp, true); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7 = C1.new(); rescue Exception; end
begin
  v8 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; 10.times { |i| proc { i } }; rescue Exception; end
    blk
  end
rescue Exception
end
begin; K1 = v8; rescue Exception; end
begin; v9 = v7.singleton_class; rescue Exception; end
begin; v9.singleton_class.send(:alias_method, :m4, :clamp); rescue Exception; end
begin; v10 = C1.new(:y1, *v2, k0: 3); rescue Exception; end
GC.start
begin
  v11 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v12 = lambda do |o0 = 0|
        begin; v13 = v8.singleton_class; rescue Exception; end
        GC.start
        v2
      end
    rescue Exception
    end
    o0
  end
rescue Exception
end
begin; v14 = :y0; rescue Exception; end
begin
  class << v7
    begin; C1.send(:alias_method, :m5, :clamp); rescue Exception; end
  end
rescue Exception
end
begin; v15 = v11.singleton_class; rescue Exception; end
begin; v16 = v15.instance_method(:m0); rescue Exception; end
begin; v17 = C1.new(v2, v15); rescue Exception; end
begin; v18 = true; rescue Exception; end
begin; v11.instance_variable_set(:@i3, v7); rescue Exception; end
begin; v19 = 17.5; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      begin
        begin; v20 = [e]; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; v21 = v16.bind(K1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v22 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      v23 = proc do |k0: 1, **kws|
        begin; v24 = "s0"; rescue Exception; end
        begin; v25 = v24.chomp(v24); rescue Exception; end
        17.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v22.instance_eval do
    begin; v26 = :y0.respond_to?(:m6); rescue Exception; end
    begin
      v15.singleton_class.send(:define_method, :m2) do |a0|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m7, :clamp); rescue Exception; end
    begin; Comparable.send(:alias_method, :m0, :clamp); rescue Exception; end
    begin
      1.times do |i|
      end
    rescue Exception
    end
    begin; v27 = C2.new(11.5); rescue Exception; end
  end
rescue Exception
end
