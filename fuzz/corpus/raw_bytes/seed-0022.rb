begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v0 = Object.new(1); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin; v1 = Object.new(v0); rescue Exception; end
begin; p self; rescue Exception; end
begin; v2 = {:k0 => (2..6)}; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m0); rescue Exception; end
begin; v1.instance_eval("begin; v3 = Array.instance_method(:prepend); rescue Exception; end"); rescue Exception; end
begin
  v4 = proc do
    17.5
  end
rescue Exception
end
begin
  v5 = Proc.new do
    begin
      30.times do |i|
        begin; v1.instance_variable_set(:@i2, 21); rescue Exception; end
        begin
          def v2.m1(a0, a1)
            begin
              String.send(:define_method, :m2) do |o0 = 0|
                "s10"
              end
            rescue Exception
            end
            a1
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    17.5
  end
rescue Exception
end
begin; v6 = Object.instance_method(:m3); rescue Exception; end
