GC.start
begin
  v0 = ->(a0) do
    begin; v1 = :upcase; rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class C0
    begin; v2 = C0.instance_method(:lines); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:define_method, :m0, v0); rescue Exception; end
begin
  module M1
    begin
      class String
        begin; alias m0 lines; rescue Exception; end
        begin; alias_method :m1, :m1; rescue Exception; end
      end
    rescue Exception
    end
    begin; v3 = (2..7).respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v4 = v0.send(:call, 1); rescue Exception; end
begin; 10.times { |i| [i, i] }; rescue Exception; end
begin
  class String
    begin; alias m3 lines; rescue Exception; end
  end
rescue Exception
end
begin; v5 = {:k0 => v0}; rescue Exception; end
begin
  class String
    begin; alias_method :m4, :lines; rescue Exception; end
  end
rescue Exception
end
begin; C0.send(:prepend, M1); rescue Exception; end
begin
  class C2
    begin; Integer.send(:alias_method, :m5, :overlap?); rescue Exception; end
    begin
      begin
        begin; C2.send(:alias_method, :m1, :overlap?); rescue Exception; end
        begin
          begin
          rescue => e
            begin; String.send(:alias_method, :m6, :m3); rescue Exception; end
            begin; v6 = "s4".send(:delete_prefix); rescue Exception; end
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin
          class String
            begin; alias m7 lines; rescue Exception; end
          end
        rescue Exception
        end
        begin; v7 = :y5.respond_to?(:m8); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v5
    begin; eval("begin; alias_method :m9, :overlap?; rescue Exception; end"); rescue Exception; end
  end
rescue Exception
end
