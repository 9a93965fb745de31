GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.send(:m0, 1); rescue Exception; end
begin; v2 = Struct.new(:f0); rescue Exception; end
begin; v3 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  r1 = 0
  begin
    begin
      5.times do |i|
        begin
          v4 = Class.new(Exception) do
            begin; v5 = "s1".respond_to?(:succ); rescue Exception; end
            begin; v6 = v5.respond_to?(:m0, true); rescue Exception; end
            GC.start
            begin
              def self.m1()
                nil
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
