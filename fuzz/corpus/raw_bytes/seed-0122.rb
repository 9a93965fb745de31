GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v0.public_send(:">"); rescue Exception; end
begin; v1 = v0.respond_to?(:">"); rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :">"); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; Hash.send(:alias_method, :m1, :">"); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v2 = C0.new(); rescue Exception; end
    begin
      begin
        begin; self.send(:prepend, Enumerable); rescue Exception; end
        GC.start
      rescue => e
        begin
          class C1
            begin; v3 = Object.new(); rescue Exception; end
            begin; v3.singleton_class.send(:alias_method, :m2, :">"); rescue Exception; end
            begin; v4 = :y4; rescue Exception; end
          end
        rescue Exception
        end
      ensure
        begin; v5 = v2.dup; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v6 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin; K0 = :y1; rescue Exception; end
    :y4
  end
rescue Exception
end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  class << v1
    begin
      v7 = Class.new(Numeric) do
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin
          def self.m3(a0, o0 = 0)
            begin; v8 = :y5.method(:min); rescue Exception; end
            begin; v9 = v8.super_method(); rescue Exception; end
            18.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v10 = nil; rescue Exception; end
  end
rescue Exception
end
begin; v6.singleton_class.send(:remove_method, :m1); rescue Exception; end
begin; v6.singleton_class.send(:alias_method, :m4, :m4); rescue Exception; end
begin; v11 = v6.to_proc; rescue Exception; end
begin; C0.send(:undef_method, :min); rescue Exception; end
begin; v12 = C2.new(); rescue Exception; end
