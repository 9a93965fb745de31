begin
  module M0
    begin; v0 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin; v1 = 90; rescue Exception; end
  end
rescue Exception
end
begin; v2 = true.m0(1); rescue Exception; end
begin
  class << v2
    begin
      def self.m1(a0, &blk)
        begin; v3 = [blk, 7, :y3]; rescue Exception; end
        (0..0)
      end
    rescue Exception
    end
    begin; raise TypeError, "x"; rescue Exception; end
  end
rescue Exception
end
begin; p v2; rescue Exception; end
begin; K0 = v2; rescue Exception; end
begin
  begin
    begin; v4 = v2.each(k0: v2); rescue Exception; end
    begin; C1.send(:alias_method, :m2, :m3); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  class << v2
    begin; v5 = C1.instance_method(:m4); rescue Exception; end
    begin; C1.send(:define_method, :m5, v5); rescue Exception; end
  end
rescue Exception
end
begin
  class C2 < C1
    GC.start
    begin; v6 = 59; rescue Exception; end
    begin
      2.times do |i|
      end
    rescue Exception
    end
    begin; v7 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin
  module M3
    begin; Integer.send(:alias_method, :m6, :clamp); rescue Exception; end
  end
rescue Exception
end
begin; v8 = "s9"; rescue Exception; end
begin; C1.send(:remove_method, :m7); rescue Exception; end
begin; 100.times { |i| "x" * 8 }; rescue Exception; end
begin
  class Range
    begin; alias_method :m3, :each; rescue Exception; end
    begin; alias_method :m8, :each; rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v9 = nil; rescue Exception; end
begin
  class C4 < String
    begin; C2.send(:remove_method, :m6); rescue Exception; end
    begin
      def m9(a0)
        8.5
      end
    rescue Exception
    end
    begin
      10.times do |i|
      end
    rescue Exception
    end
    begin
      begin
        begin
          v11 = (3..5).min() do |o0 = 0|
            begin
              def m7(a0, a1)
                a1
              end
            rescue Exception
            end
            begin; v10 = "s13"; rescue Exception; end
            nil
          end
        rescue Exception
        end
      rescue => e
        begin
          def m10(a0, a1)
            begin; v12 = C2.new(); rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; raise RuntimeError, "x"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v13 = v8.clone; rescue Exception; end
begin
  class C5 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m11, :each); rescue Exception; end
  end
rescue Exception
end
begin; v14 = C1.new(v8); rescue Exception; end
