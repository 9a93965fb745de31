GC.start
begin; v0 = {:k0 => 6.5, :k1 => (4..7)}; rescue Exception; end
begin; v1 = Object.new(); rescue Exception; end
begin; v2 = v1.singleton_class; rescue Exception; end
begin
  v3 = proc do |k0: 1, **kws|
    begin
      class String
        begin; alias_method :m0, :sub!; rescue Exception; end
        begin; alias_method :m1, :m2; rescue Exception; end
      end
    rescue Exception
    end
    k0
  end
rescue Exception
end
GC.start
begin
  v2.singleton_class.send(:define_method, :m2) do
    begin
      class << v0
        begin; v4 = Object.new(); rescue Exception; end
      end
    rescue Exception
    end
    :y3
  end
rescue Exception
end
begin; v5 = v0.singleton_class; rescue Exception; end
begin; v6 = v5.instance_variable_get(:@i1); rescue Exception; end
begin; Object.instance_variable_set(:@k1, v3); rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
GC.start
begin; self.m3(&v3); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      class C0 < String
        begin; C0.send(:alias_method, :m3, :sub!); rescue Exception; end
        GC.start
        begin; v7 = 1 + true; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v8 = Struct.new(:f0); rescue Exception; end
  end
rescue Exception
end
begin
  def v5.m3()
    80
  end
rescue Exception
end
begin
  begin
    GC.start
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  ensure
    begin
      class C1
        begin
          class C2 < Numeric
            begin
              def coerce(a0)
                a0
              end
            rescue Exception
            end
            begin; raise RuntimeError, "x"; rescue Exception; end
          end
        rescue Exception
        end
        begin; K0 = true; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < StandardError
    begin; v9 = [-1.5, 28]; rescue Exception; end
    begin
      class << v9
        begin
          v10 = lambda do |a0|
            begin; v11 = 11.5.send(:m4); rescue Exception; end
            begin
              def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
              def to_str; "c#{to_int}"; end
              def to_ary; [to_int, to_str]; end
              def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
              def hash; to_int.hash; end
              def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
              def ==(o); eql?(o); end
              def coerce(o); [o, to_int]; end
            rescue Exception
            end
            -0.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v12 = Struct.new(:f0, :f1, :f2); rescue Exception; end
GC.start
begin; v5.send(:include, Comparable); rescue Exception; end
begin
  class C4
    begin; v13 = "s18".method(:m1); rescue Exception; end
    begin
      class << v13
        GC.start
        begin; K1 = "s1"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      module M5
        begin; M5.send(:prepend, M5); rescue Exception; end
        begin
          begin
          rescue => e
          end
        rescue Exception
        end
        begin; C4.send(:alias_method, :m2, :sub!); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m5, :m0); rescue Exception; end
begin; v14 = {:k0 => v1}; rescue Exception; end
begin; v15 = C3.new(1); rescue Exception; end
begin; C4.class_variable_set(:@@k1, "s9"); rescue Exception; end
begin; v14.singleton_class.send(:define_method, :m6, v3); rescue Exception; end
begin; v16 = C2.new(**v14); rescue Exception; end
begin
  class C6
    begin; v17 = C6.new(); rescue Exception; end
    begin; C6.send(:include, M5); rescue Exception; end
    begin; 50.times { |i| [i, i] }; rescue Exception; end
  end
rescue Exception
end
begin
  def v15.m2(a0, &blk)
    begin; v18 = C4.new(); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  C0.send(:define_method, :m7) do
    "s18"
  end
rescue Exception
end
