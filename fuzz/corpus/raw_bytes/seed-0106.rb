begin; v0 = Range.instance_method(:">="); rescue Exception; end
begin
  begin
    begin
      class << v0
        begin; alias m0 m1; rescue Exception; end
        GC.start
      end
    rescue Exception
    end
    begin
      v1 = proc do |a0, o0 = 0|
        begin; v2 = 53; rescue Exception; end
        begin
          v3 = 12.5.method(:infinite?).call(k0: v2) do |a0, *rest|
            begin; 100.times { |i| [i, i] }; rescue Exception; end
            rest
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin; v4 = {:k0 => 22, :k1 => true}; rescue Exception; end
begin; Range.send(:define_method, :m2, v0); rescue Exception; end
begin
  def v4.m3(k0: 1)
    k0
  end
rescue Exception
end
begin; v5 = {:k0 => 9}; rescue Exception; end
begin
  begin
    begin
      class << v5
        begin; String.send(:alias_method, :m0, :m4); rescue Exception; end
        begin; Object.extend(Comparable); rescue Exception; end
        begin; alias_method :m5, :message; rescue Exception; end
      end
    rescue Exception
    end
    begin
      begin
        begin
          def v4.m6(a0, a1)
            begin; 100.times { |i| Object.new }; rescue Exception; end
            10
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v0.m7(e, k0: 3) do |a0, &blk|
            begin; v6 = Object.new(**v4); rescue Exception; end
            e
          end
        rescue Exception
        end
        begin; Numeric.send(:define_method, :m7, v0); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 100.times { |i| v5[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m7, :m8); rescue Exception; end
begin; Kernel.send(:alias_method, :m9, :printf); rescue Exception; end
begin
  def m10(a0, *rest, p0)
    23
  end
rescue Exception
end
begin
  2.times do |i|
    begin; Object.send(:include, Comparable); rescue Exception; end
  end
rescue Exception
end
begin; v7 = 47; rescue Exception; end
begin; v8 = v5.method(:m11).call(); rescue Exception; end
begin; p 76; rescue Exception; end
begin; v4.singleton_class.send(:alias_method, :m10, :">="); rescue Exception; end
begin
  begin
    GC.start
    begin
      v9 = proc do
        v4
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
begin; Kernel.send(:alias_method, :m11, :printf); rescue Exception; end
begin; Object.send(:include, Comparable); rescue Exception; end
begin
  Range.class_eval do
    begin; alias m5 m0; rescue Exception; end
  end
rescue Exception
end
