begin; v0 = true; rescue Exception; end
begin
  v1 = proc do
    v0
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v1
        begin
          class String
            begin; alias_method :m0, :delete_suffix!; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v2 = self.m1(10.5); rescue Exception; end
begin; v3 = Struct.new(:f0, :f1); rescue Exception; end
begin; v4 = []; rescue Exception; end
begin
  v5 = proc do |a0, o0 = 0|
    begin; 30.times { |i| v4 << i.to_s }; rescue Exception; end
    a0
  end
rescue Exception
end
GC.start
begin; v6 = self.respond_to?(:m2); rescue Exception; end
begin
  class Range
    begin; alias_method :m3, :last; rescue Exception; end
  end
rescue Exception
end
begin
  v7 = Proc.new do
    10
  end
rescue Exception
end
begin; v8 = Object.new(v4); rescue Exception; end
begin
  v9 = Proc.new do
    begin
      5.times do |i|
        begin
          def v4.m4(a0)
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    GC.start
    v7
  end
rescue Exception
end
begin; p v0; rescue Exception; end
begin
  r1 = 0
  begin
    begin
      v10 = 3.public_send(:m5, k0: 2) do
        begin
          class << v7
            begin
              Integer.send(:define_method, :m6) do |a0, *rest, p0|
                a0
              end
            rescue Exception
            end
            begin; Numeric.send(:alias_method, :m5, :delete_suffix!); rescue Exception; end
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  rescue => e
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v11 = Object.new(&v5); rescue Exception; end
begin
  class Range
    begin; alias m7 last; rescue Exception; end
  end
rescue Exception
end
