begin; raise TypeError, "x"; rescue Exception; end
begin; v0 = Integer.instance_method(:__upto_endless); rescue Exception; end
begin; v1 = 19.5; rescue Exception; end
begin; Object.instance_variable_set(:@k0, 50); rescue Exception; end
begin
  v3 = v1.m0(15.5) do |a0, a1|
    begin; v2 = self.compact!(15.5); rescue Exception; end
    v0
  end
rescue Exception
end
GC.start
begin; Numeric.send(:alias_method, :m1, :__upto_endless); rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
GC.start
begin; Array.send(:alias_method, :m0, :compact!); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin; v4 = Object.new(); rescue Exception; end
begin
  class C0
    begin
      def m2(a0, *rest, p0)
        begin; v5 = {:k0 => self, :k1 => (2..3)}; rescue Exception; end
        :y2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = v4.respond_to?(:m3); rescue Exception; end
begin; C0.send(:alias_method, :m4, :__upto_endless); rescue Exception; end
begin
  class String
    begin; alias_method :m3, :__upto_endless; rescue Exception; end
  end
rescue Exception
end
begin; v7 = [v3, v6].sort; rescue Exception; end
begin; v8 = [v6, K0, v6].sort { |x, y| y <=> x }; rescue Exception; end
begin
  v9 = lambda do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      5.times do |i|
        begin
          v10 = Class.new(Hash) do
            begin
              def m0(a0, a1)
                a1
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v11 = C0.new(); rescue Exception; end
begin; v12 = v9.to_proc; rescue Exception; end
begin; v13 = C1.new(); rescue Exception; end
begin
  class String
    begin; alias m5 __upto_endless; rescue Exception; end
  end
rescue Exception
end
begin
  class << v7
    begin
      r1 = 0
      begin
        begin; v14 = C0.new(true, "s8"); rescue Exception; end
        begin; v14.instance_variable_set(:@i0, K0); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          def m0(a0, o0 = 0)
            GC.start
            o0
          end
        rescue Exception
        end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v15 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin
  v16 = lambda do |a0, a1|
    begin; p v13; rescue Exception; end
    begin; v17 = Object.new(); rescue Exception; end
    a1
  end
rescue Exception
end
begin; v18 = []; rescue Exception; end
