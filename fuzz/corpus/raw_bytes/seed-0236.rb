begin; K0 = 84; rescue Exception; end
begin; p -2; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; alias_method :m0, :positive?; rescue Exception; end
  end
rescue Exception
end
begin; C0.extend(Enumerable); rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin
  v0 = lambda do |a0, a1|
    begin; p 10.5; rescue Exception; end
    a1
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      C0.send(:define_method, :m1) do
        begin; v1 = {:k0 => "s4"}; rescue Exception; end
        (2..4)
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v2 = v0.instance_variable_get(:@i3); rescue Exception; end
begin; C0.send(:alias_method, :m2, :m1); rescue Exception; end
begin
  class << v0
    begin
      C0.send(:define_method, :m3) do |o0 = 0|
        o0
      end
    rescue Exception
    end
    begin; v3 = 63.respond_to?(:m4); rescue Exception; end
    begin; String.send(:alias_method, :m4, :m5); rescue Exception; end
  end
rescue Exception
end
begin; v4 = [v2, v0, v2]; rescue Exception; end
begin
  v2.message(*v4) do
    begin
      v4.singleton_class.send(:define_method, :m6) do |a0, *rest|
        K0
      end
    rescue Exception
    end
    begin
      begin
        begin; v5 = C0.new(K0); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; Object.send(:alias_method, :m4, :message); rescue Exception; end
        begin
          class C1 < C0
            begin; alias_method :m4, :"-@"; rescue Exception; end
            begin
              C1.send(:define_method, :m7) do
                (1..6)
              end
            rescue Exception
            end
            begin; v6 = C0.new(); rescue Exception; end
            begin; alias m8 zero?; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v2
  end
rescue Exception
end
begin; v7 = v0.to_proc; rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m9, :m10); rescue Exception; end
begin; v8 = v2.message(v4); rescue Exception; end
begin
  v9 = Proc.new do |a0, &blk|
    begin
      C0.send(:define_method, :m11) do |a0, a1|
        begin; v10 = C0.new(); rescue Exception; end
        13.5
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  class << v2
    begin; v11 = C1.new(); rescue Exception; end
    begin
      C1.send(:define_method, :m7) do
        begin
          class Exception
            begin; alias m8 message; rescue Exception; end
          end
        rescue Exception
        end
        v11
      end
    rescue Exception
    end
    begin
      class << v11
        begin; v12 = C0.new(1); rescue Exception; end
        begin
          v13 = Proc.new do |a0, o0 = 0|
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
begin; v7.singleton_class.send(:alias_method, :m9, :m2); rescue Exception; end
begin; 300.times { |i| [i, i] }; rescue Exception; end
begin; v14 = {:k0 => self}; rescue Exception; end
begin
  C1.send(:define_method, :m5) do |a0, a1|
    a1
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; String.send(:alias_method, :m5, :m1); rescue Exception; end
begin
  v15 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      -0.5.ceil(1) do
        begin
          v16 = :y5.message(:y3, k0: 3) do |a0, a1|
            a1
          end
        rescue Exception
        end
        begin
          class << v16
            begin; v17 = C1.new(); rescue Exception; end
          end
        rescue Exception
        end
        4.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 << v4; rescue Exception; end
begin; 100.times { |i| v14[i] = [i] }; rescue Exception; end
begin
  r2 = 0
  begin
    begin; v7.singleton_class.send(:alias_method, :m8, :m10); rescue Exception; end
    begin; v18 = "s2"; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r2 += 1
    retry if r2 < 2
  end
rescue Exception
end
GC.start
GC.start
