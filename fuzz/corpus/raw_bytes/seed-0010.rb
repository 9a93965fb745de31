GC.start
begin; Numeric.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v0 = "s6".method(:m1); rescue Exception; end
GC.start
begin; v1 = (0..1).m2(v0); rescue Exception; end
begin; v2 = Object.new(1); rescue Exception; end
begin; v3 = Object.new(&v0); rescue Exception; end
begin; v1.p(v1, v0); rescue Exception; end
begin
  class C0 < Array
    begin; v4 = :upcase; rescue Exception; end
    begin
      module M1
        begin
          def self.m3()
            begin; v5 = nil.respond_to?(:m4); rescue Exception; end
            begin; v5.method(:m5).call(k0: 2); rescue Exception; end
            17.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2.instance_eval(""); rescue Exception; end
begin; v6 = self.send(:m6, v3); rescue Exception; end
begin
  module M2
    GC.start
  end
rescue Exception
end
begin; C0.send(:alias_method, :m5, :m1); rescue Exception; end
begin; v7 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  v3.m3(self) do |a0, &blk|
    17
  end
rescue Exception
end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v7.send(:alias_method, :m7, :p); rescue Exception; end
begin
  class << v3
    begin
      r1001 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; 300.times { |i| [i, i] }; rescue Exception; end
        r1001 += 1
        retry if r1001 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin; v8 = v3.clone; rescue Exception; end
    begin
      begin
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin
          class << v2
            begin; v9 = []; rescue Exception; end
            begin; v10 = v9.clone; rescue Exception; end
            begin; v11 = :upcase; rescue Exception; end
          end
        rescue Exception
        end
      rescue => e
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v12 = v7.dup; rescue Exception; end
  ensure
    begin; v7.send(:prepend, M1); rescue Exception; end
  end
rescue Exception
end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v13 = v6.respond_to?(:m7, true); rescue Exception; end
begin; p v6; rescue Exception; end
begin; v14 = {:k0 => :y4, :k1 => :y0}; rescue Exception; end
begin; v15 = v2.instance_variable_get(:@i3); rescue Exception; end
begin; v7.singleton_class.send(:alias_method, :m8, :message); rescue Exception; end
begin; v16 = C0.new(); rescue Exception; end
begin
  class << v14
    begin
      v17 = "s12".chop() do |a0, a1|
        begin
          begin
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
  rescue => e
  end
rescue Exception
end
