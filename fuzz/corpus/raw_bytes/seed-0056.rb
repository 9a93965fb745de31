begin; Object.instance_variable_set(:@k0, (1..4)); rescue Exception; end
begin; v0 = Object.new(7.5); rescue Exception; end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; v1 = v0.instance_variable_get(:@i2); rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin
  class C0
    begin; v2 = (0..3).respond_to?(:m0); rescue Exception; end
  end
rescue Exception
end
begin; raise ArgumentError, "x"; rescue Exception; end
begin; C0.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  30.times do |i|
    begin; C0.send(:include, Comparable); rescue Exception; end
    begin
      class C1 < Hash
        begin
          class C2
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              def self.m2(a0, o0 = 0, *rest, k0: 1, &blk)
                :y5
              end
            rescue Exception
            end
            begin; v3 = ["s18"]; rescue Exception; end
            GC.start
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m3(a0, &blk)
    begin; v4 = true; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v5 = 17.5; rescue Exception; end
GC.start
begin; v6 = C0.new(); rescue Exception; end
begin; v7 = v0.respond_to?(:m0); rescue Exception; end
