GC.start
begin
  Integer.send(:define_method, :m0) do
    begin
      class Range
        begin; alias_method :m1, :last; rescue Exception; end
        begin; alias_method :m2, :m3; rescue Exception; end
      end
    rescue Exception
    end
    :y3
  end
rescue Exception
end
begin; true.send(:m4); rescue Exception; end
begin; v0 = self.respond_to?(:m5, true); rescue Exception; end
begin
  v1 = lambda do |a0|
    nil
  end
rescue Exception
end
begin
  class C0
    begin
      begin
        begin; v2 = Struct.new(:f0); rescue Exception; end
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
      rescue => e
        begin; v3 = "s12"; rescue Exception; end
        begin; C0.send(:alias_method, :m6, :m4); rescue Exception; end
      end
    rescue Exception
    end
    begin; v4 = :upcase; rescue Exception; end
    begin; v5 = C0.new(v4); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :last); rescue Exception; end
begin; C0.send(:prepend, Enumerable); rescue Exception; end
begin; self.m1(v0, v1); rescue Exception; end
begin
  class << v0
    begin; v6 = :y5.respond_to?(:m4, true); rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:alias_method, :m7, :last); rescue Exception; end
begin; v7 = v0.respond_to?(:m8); rescue Exception; end
begin; v8 = v1.call(); rescue Exception; end
begin; v1.instance_variable_set(:@i3, v7); rescue Exception; end
begin; v9 = v1.method(:last); rescue Exception; end
begin; v10 = v9.respond_to?(:m9); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  class Integer
    begin; alias_method :m3, :downto; rescue Exception; end
  end
rescue Exception
end
begin; v11 = v1.parameters(1); rescue Exception; end
