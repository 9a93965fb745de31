begin; v0 = Range.instance_method(:message); rescue Exception; end
begin; v1 = [(4..9), v0, (4..9)].sort { |x, y| y <=> x }; rescue Exception; end
begin; v2 = v0.m0(nil, self); rescue Exception; end
begin
  Array.send(:define_method, :m0) do |a0|
    begin; Hash.send(:alias_method, :m1, :m1); rescue Exception; end
    v2
  end
rescue Exception
end
begin; v3 = v1.respond_to?(:m2); rescue Exception; end
begin; Object.send(:alias_method, :m3, :message); rescue Exception; end
begin
  v4 = ->(a0, *rest, p0) do
    begin
      class << v3
        begin
          30.times do |i|
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v5 = nil; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v6 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    rest
  end
rescue Exception
end
begin; v7 = Float(v1); rescue Exception; end
begin
  v8 = ->(o0 = 0) do
    begin; p v0; rescue Exception; end
    o0
  end
rescue Exception
end
begin; v9 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class Exception
    begin; alias_method :m2, :message; rescue Exception; end
  end
rescue Exception
end
begin; v10 = "s4"; rescue Exception; end
begin; self.m1(); rescue Exception; end
begin; 300.times { |i| { i => i } }; rescue Exception; end
begin; v11 = (v3..v4).include?(v3); rescue Exception; end
