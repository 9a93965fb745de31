begin; v0 = [18.5, true]; rescue Exception; end
begin; v1 = v0.method(:m0); rescue Exception; end
begin; v0.send(:"&"); rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin; Range.send(:alias_method, :m1, :map!); rescue Exception; end
begin
  v3 = ->(a0, a1) do
    begin
      v4 = proc do |a0, a1|
        begin; Array.send(:define_method, :m2, v1); rescue Exception; end
        19
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin; v5 = Object.new(v0); rescue Exception; end
begin
  def v3.m1(a0, *rest, p0)
    begin; Integer.send(:alias_method, :m3, :map!); rescue Exception; end
    p0
  end
rescue Exception
end
begin
  class C0 < Numeric
    begin
      class C1 < Hash
        begin; C0.send(:alias_method, :m2, :map!); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p v2; rescue Exception; end
GC.start
begin
  class << v1
    begin
      begin
      rescue => e
        begin
          class Struct
            begin; alias_method :m4, :select; rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; C0.send(:remove_method, :m5); rescue Exception; end
    begin; v6 = C1.new(); rescue Exception; end
  end
rescue Exception
end
begin; v7 = {:k0 => v1, :k1 => v3}; rescue Exception; end
begin
  class << v3
    begin; 300.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
begin
  10.times do |i|
    begin; v8 = C1.new(**v7); rescue Exception; end
  end
rescue Exception
end
begin
  v9 = proc do |a0, a1|
    begin; C1.send(:include, Enumerable); rescue Exception; end
    v3
  end
rescue Exception
end
begin; v10 = v1.respond_to?(:m0); rescue Exception; end
