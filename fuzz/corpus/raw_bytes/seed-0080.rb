GC.start
begin; Object.send(:include, Enumerable); rescue Exception; end
begin; v0 = Struct.new(:f0); rescue Exception; end
begin
  class << v0
    begin; Hash.send(:alias_method, :m0, :codepoints); rescue Exception; end
    begin; raise TypeError, "x"; rescue Exception; end
    begin; alias m0 message; rescue Exception; end
  end
rescue Exception
end
begin
  Integer.class_eval do
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          class C0
            begin
              C0.send(:define_method, :m1) do |a0, a1|
                a0
              end
            rescue Exception
            end
            begin; v1 = Object.new(); rescue Exception; end
            begin; v1.singleton_class.send(:undef_method, :m0); rescue Exception; end
            begin; v2 = C0.new(); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v4 = "s17".m2(true) do |a0, *rest|
        begin; v3 = Object.new(k0: v0); rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; p v0; rescue Exception; end
begin; v5 = v0.respond_to?(:m0); rescue Exception; end
begin; v6 = true; rescue Exception; end
