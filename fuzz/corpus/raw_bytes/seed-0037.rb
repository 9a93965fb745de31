begin; v0 = Object.new(); rescue Exception; end
begin; v1 = [(4..4)]; rescue Exception; end
begin; v2 = v0.m0(); rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m0) do |a0, o0 = 0|
    begin
      class << v1
        begin
          v3 = lambda do |a0, o0 = 0|
            begin; v4 = :upcase; rescue Exception; end
            begin; self.send(:m1, k0: o0); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; 100.times { |i| "x" * 8 }; rescue Exception; end
        begin; C0.send(:undef_method, :m2); rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin
  v5 = proc do |o0 = 0|
    o0
  end
rescue Exception
end
begin; v6 = v0.instance_variable_get(:@i1); rescue Exception; end
begin; v7 = Object.instance_method(:merge); rescue Exception; end
begin; v8 = {:k0 => true}; rescue Exception; end
begin
  Hash.send(:define_method, :m3) do |a0|
    begin
      class << v2
        begin; Hash.send(:alias_method, :m4, :"[]="); rescue Exception; end
        begin; raise RuntimeError, "x"; rescue Exception; end
        begin; alias_method :m5, :each_slice; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; Object.send(:prepend, Enumerable); rescue Exception; end
begin
  class C0 < Exception
    begin; alias m2 message; rescue Exception; end
    begin
      class C1 < Numeric
        begin; v9 = -0.5.method(:m2); rescue Exception; end
        begin; raise ArgumentError, "x"; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
