begin; v0 = "s2".respond_to?(:m0); rescue Exception; end
begin; v1 = v0.send(:m1, v0, v0); rescue Exception; end
begin
  class << v1
    begin; Hash.send(:alias_method, :m0, :compact); rescue Exception; end
    begin
      module M0
        GC.start
        begin
          def m2(a0, a1)
            begin; Object.const_set(:K0, a0); rescue Exception; end
            begin; Numeric.extend(M0); rescue Exception; end
            56
          end
        rescue Exception
        end
        begin; alias_method :m3, :select; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = 84; rescue Exception; end
begin
  class C1 < String
    GC.start
  end
rescue Exception
end
begin
  C1.send(:define_method, :m4) do |k0: 1, **kws|
    k0
  end
rescue Exception
end
GC.start
begin
  v3 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  class C2 < Array
    begin; v4 = {:k0 => K0}; rescue Exception; end
  end
rescue Exception
end
begin; v5 = v3.dup; rescue Exception; end
begin
  3.times do |i|
    begin
      v8 = Fiber.new do |x|
        begin; C1.send(:alias_method, :m5, :m2); rescue Exception; end
        begin
          r1 = 0
          begin
            GC.start
            begin; v6 = nil; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            r1 += 1
            retry if r1 < 2
          ensure
            begin; v7 = nil; rescue Exception; end
            begin; v5.singleton_class.send(:remove_method, :m4); rescue Exception; end
          end
        rescue Exception
        end
        Fiber.yield(x)
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p nil; rescue Exception; end
begin; v9 = (3..8).respond_to?(:m3); rescue Exception; end
begin; v10 = v5.singleton_class; rescue Exception; end
begin; v11 = v3.dup; rescue Exception; end
begin
  10.times do |i|
    begin
      class << v5
        begin; Object.extend(Enumerable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  module M3
    begin; v12 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  2.times do |i|
  end
rescue Exception
end
begin; v3.instance_eval("begin; v11.instance_variable_set(:@i1, v10); rescue Exception; end"); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin
  def m6(a0, *rest, p0)
    begin
      v13 = 38.send(:to_s, 1) do |a0|
        begin; self.m7(); rescue Exception; end
        6
      end
    rescue Exception
    end
    11.5
  end
rescue Exception
end
begin
  r1002 = 0
  begin
    begin
      class << v1
        begin
          C2.send(:define_method, :m3) do
            nil
          end
        rescue Exception
        end
        begin; v14 = (0..0); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin
      class << v1
        begin; C1.send(:alias_method, :m1, :m7); rescue Exception; end
        begin; 50.times { |i| Object.new }; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C4
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin; v15 = (0..1); rescue Exception; end
        begin
          class << v15
            begin; v16 = (0..1).last(k0: 2); rescue Exception; end
            begin; 100.times { |i| proc { i } }; rescue Exception; end
            begin
              C2.send(:define_method, :m0) do |a0|
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
    r1002 += 1
    retry if r1002 < 2
  end
rescue Exception
end
begin; v17 = {:k0 => 34, :k1 => v1}; rescue Exception; end
GC.start
begin; v17[61] = v5; rescue Exception; end
begin
  class << v1
    begin
      true.send(:m6, k0: 30) do |a0|
        4
      end
    rescue Exception
    end
    begin
      begin
        begin
          r1003 = 0
          begin
          rescue => e
            r1003 += 1
            retry if r1003 < 2
          end
        rescue Exception
        end
      rescue => e
        begin
          class Struct
            begin; alias_method :m0, :select; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
