begin; v0 = [69, 95]; rescue Exception; end
begin; v0.m0(); rescue Exception; end
begin
  v1 = lambda do |k0: 1, **kws|
    kws
  end
rescue Exception
end
begin; v2 = Object.new(); rescue Exception; end
begin; v3 = []; rescue Exception; end
begin
  module M0
    begin; Range.send(:alias_method, :m1, :"<"); rescue Exception; end
    begin
      module M1
        begin
          v5 = 68.m1(1) do |o0 = 0|
            begin; v4 = self.method(:m1); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; Integer.send(:alias_method, :m0, :message); rescue Exception; end
      end
    rescue Exception
    end
    GC.start
  end
rescue Exception
end
begin
  def v2.m2(a0, a1)
    a1
  end
rescue Exception
end
begin; v6 = v3.__svalue(v3, *v3, k0: 3); rescue Exception; end
begin; v7 = v1.clone; rescue Exception; end
begin; v8 = Integer.instance_method(:m3); rescue Exception; end
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
begin
  v10 = v0.first(&v1) do |a0, a1|
    begin
      class Exception
        begin; alias_method :m2, :message; rescue Exception; end
        begin; alias_method :m2, :next; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def v9.m3(a0, o0 = 0, *rest, k0: 1, &blk)
        blk
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  class C2
    begin; alias_method :m0, :"<"; rescue Exception; end
    begin; C2.send(:remove_method, :m2); rescue Exception; end
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; v11 = 16.5.send(:"&", *v0); rescue Exception; end
begin
  class C3
    begin; K0 = 85; rescue Exception; end
    begin
      r1 = 0
      begin
        begin; alias_method :m4, :message; rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def m5()
            begin; v12 = C3.new(); rescue Exception; end
            self
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      ensure
        begin; v13 = C2.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C4 < C2
        begin; v14 = K0.respond_to?(:m5); rescue Exception; end
        begin; p v14; rescue Exception; end
        begin
          class C5 < C2
            begin
              def m6(a0, &blk)
                self
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin
          begin
            begin; p v14; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v15 = {:k0 => nil, :k1 => "s7"}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    GC.start
    begin; v16 = 4; rescue Exception; end
  end
rescue Exception
end
begin
  v17 = Fiber.new do |x|
    Fiber.yield(x)
    v0
  end
rescue Exception
end
begin; v18 = v3.singleton_class; rescue Exception; end
begin; v19 = v0.public_send(:m7, *v0); rescue Exception; end
begin
  class << v6
    begin; alias_method :m8, :next; rescue Exception; end
  end
rescue Exception
end
begin
  def m9(a0, &blk)
    begin; v20 = nil; rescue Exception; end
    98
  end
rescue Exception
end
begin; v18.send(:prepend, M0); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin; 50.times { |i| [i, i] }; rescue Exception; end
begin; C3.send(:undef_method, :m10); rescue Exception; end
begin; 50.times { |i| Object.new }; rescue Exception; end
GC.start
