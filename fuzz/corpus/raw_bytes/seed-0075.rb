GC.start
begin; v0 = Object.new(self); rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin
  Array.send(:define_method, :m0) do
    v1
  end
rescue Exception
end
begin; v2 = nil; rescue Exception; end
begin; v3 = v0.dup; rescue Exception; end
begin
  class << v1
    begin
      class C0 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C0.class_variable_set(:@@k1, :y1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m0, :each); rescue Exception; end
begin
  class << v3
    begin
      10.times do |i|
        begin; v4 = (4..5).method(:initialize).call(:y3, k0: 3); rescue Exception; end
      end
    rescue Exception
    end
    begin; v5 = C0.new(); rescue Exception; end
  end
rescue Exception
end
begin; C0.instance_variable_set(:@k2, v0); rescue Exception; end
begin
  class << v3
    begin
      module M1
        begin; v6 = C0.new(); rescue Exception; end
        begin
          class << v6
            begin; v7 = self.respond_to?(:m1); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    begin; K0 = "s1"; rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, :y5); rescue Exception; end
begin; Array.send(:alias_method, :m2, :m0); rescue Exception; end
begin; C0.extend(M1); rescue Exception; end
begin
  v9 = Fiber.new do |x|
    begin
      v8 = ->(a0, *rest, p0) do
        p0
      end
    rescue Exception
    end
    Fiber.yield(x)
    :y1
  end
rescue Exception
end
begin
  2.times do |i|
    begin; v10 = v0.singleton_class; rescue Exception; end
  end
rescue Exception
end
begin; v3.instance_variable_set(:@i0, 33); rescue Exception; end
begin
  class << v9
    begin; v11 = {:k0 => 2, :k1 => :y2}; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; v12 = 17.5.send(:"+", -2, k0: 3); rescue Exception; end
    begin
      begin
        begin
          module M2
            begin; ($stash ||= []).concat(Array.new(5) { |j| [j, "a#{j}"] }); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C3 < C0
            begin; 80.send(:"^"); rescue Exception; end
            begin; v13 = []; rescue Exception; end
            begin; Hash.send(:alias_method, :m3, :each_pair); rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
        begin
          def m4(k0: 1, **kws)
            begin; Hash.extend(M1); rescue Exception; end
            begin; Hash.send(:alias_method, :m4, :each); rescue Exception; end
            kws
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; Range.send(:alias_method, :m0, :m5); rescue Exception; end
  end
rescue Exception
end
begin; C3.instance_variable_set(:@k2, v1); rescue Exception; end
begin
  class << v3
    begin
      def self.m6(a0, o0 = 0, *rest, k0: 1, &blk)
        k0
      end
    rescue Exception
    end
    begin; v14 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin; v15 = C0.new(); rescue Exception; end
begin; v16 = v15.method(:select); rescue Exception; end
begin; C3.class_variable_set(:@@k1, v1); rescue Exception; end
begin
  def v15.m7(a0)
    begin; ($stash ||= []).concat(Array.new(8) { |j| "p#{j}" * 3 }); rescue Exception; end
    a0
  end
rescue Exception
end
begin; C3.send(:define_method, :m8, v16); rescue Exception; end
begin; v17 = [:y2]; rescue Exception; end
begin; v18 = C3.new(k0: 2); rescue Exception; end
begin; v19 = Float((3..8)); rescue Exception; end
GC.start
