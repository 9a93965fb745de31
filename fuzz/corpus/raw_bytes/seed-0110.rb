begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = ->() do
    v0
  end
rescue Exception
end
begin
  class << v0
    begin
      v2 = Class.new(Exception) do
        begin
          v3 = Class.new(Numeric) do
            begin; Range.send(:alias_method, :m0, :m1); rescue Exception; end
          end
        rescue Exception
        end
        begin; 10.times { |i| [i, i] }; rescue Exception; end
        begin; v4 = v3.clone; rescue Exception; end
      end
    rescue Exception
    end
    begin; v2.freeze; rescue Exception; end
  end
rescue Exception
end
begin; v5 = v0.m2(); rescue Exception; end
begin; C1.send(:undef_method, :downto); rescue Exception; end
begin
  v6 = Class.new(Numeric) do
    begin; v7 = 14.respond_to?(:m3, true); rescue Exception; end
    begin; v8 = v7.respond_to?(:m3); rescue Exception; end
    begin; v9 = C0.new(); rescue Exception; end
    begin; 30.times { |i| v9.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    GC.start
  rescue => e
    begin
      class << v1
        begin; alias m4 m0; rescue Exception; end
        begin; v10 = [true, 39]; rescue Exception; end
        begin
          v10.entries(v10, v10) do |a0|
            begin; 8.times { |i| v10 << i.to_s }; rescue Exception; end
            a0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m5, :select); rescue Exception; end
