begin; v0 = Object.new(); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin; v0.instance_variable_set(:@i0, nil); rescue Exception; end
begin; v0.instance_eval("begin; v0.instance_variable_set(:@i2, v0); rescue Exception; end\nbegin\n  Range.send(:define_method, :m2) do |o0 = 0|\n    o0\n  end\nrescue Exception\nend"); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v1 = [true, v0]; rescue Exception; end
begin; p v1; rescue Exception; end
begin; v2 = ["s17"]; rescue Exception; end
begin; v2 << v1; rescue Exception; end
begin; v3 = v0.respond_to?(:m3); rescue Exception; end
begin
  1.times do |i|
    begin
      class << v2
        begin; v4 = 88.send(:">>", (0..2), true); rescue Exception; end
        begin; v5 = {:k0 => v4}; rescue Exception; end
        begin
          Integer.send(:define_method, :m4) do |a0|
            (2..5)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      2.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
