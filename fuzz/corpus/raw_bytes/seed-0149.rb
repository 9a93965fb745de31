begin
  Numeric.send(:define_method, :m0) do |o0 = 0|
    begin
      Range.class_eval do
        begin
          v0 = lambda do |a0, *rest|
            begin; v1 = Object.new(); rescue Exception; end
            3.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v2 = Object.new(); rescue Exception; end
    o0
  end
rescue Exception
end
GC.start
begin; v3 = Object.new(nil, true); rescue Exception; end
begin; Object.send(:include, Enumerable); rescue Exception; end
begin
  class C0 < Exception
    GC.start
  end
rescue Exception
end
begin; 100.times { |i| v3.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v3
    begin; alias_method :m0, :m0; rescue Exception; end
  end
rescue Exception
end
begin
  class << v3
    begin; v4 = C0.new(); rescue Exception; end
    begin
      module M1
        begin; C0.send(:include, M1); rescue Exception; end
        begin; alias m0 hash; rescue Exception; end
        begin
          def m1(a0)
            GC.start
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
begin; v5 = {:k0 => v3}; rescue Exception; end
begin; v6 = self.public_send(:m2); rescue Exception; end
