GC.start
begin; v0 = Object.new(); rescue Exception; end
begin; v1 = v0.method(:m0); rescue Exception; end
begin; 300.times { |i| "x" * 8 }; rescue Exception; end
begin; v2 = {}; rescue Exception; end
begin; v0.singleton_class.send(:define_method, :m0, v1); rescue Exception; end
GC.start
begin
  class << v0
    begin
      v3 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; alias_method :m0, :m1; rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; v3.singleton_class.send(:alias_method, :m0, :positive?); rescue Exception; end
    begin; v4 = v3.method(:m2); rescue Exception; end
  end
rescue Exception
end
begin; K0 = v0; rescue Exception; end
begin; Range.send(:define_method, :m3, v1); rescue Exception; end
begin
  class << v2
    begin; Integer.extend(Enumerable); rescue Exception; end
    begin
      def m4()
        begin; v5 = Object.new(); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = v2.public_send(:values, k0: v0); rescue Exception; end
begin
  class C0
    begin; v7 = [41, 8, "s16"]; rescue Exception; end
  end
rescue Exception
end
begin; v0.singleton_class.send(:alias_method, :m0, :entries); rescue Exception; end
begin; C0.send(:alias_method, :m0, :m3); rescue Exception; end
begin
  30.times do |i|
    begin
      class << v1
        begin
          module M1
            begin
              def self.m4(a0, *rest)
                rest
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        begin; p :y2; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2 < C0
    begin; C2.send(:alias_method, :m5, :positive?); rescue Exception; end
    GC.start
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m6, :positive?); rescue Exception; end
begin; C2.send(:prepend, Comparable); rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
GC.start
begin; v0.singleton_class.send(:undef_method, :m3); rescue Exception; end
begin
  def m2(a0, o0 = 0)
    begin; v8 = C0.instance_method(:gets); rescue Exception; end
    begin; v9 = v8.m1(41); rescue Exception; end
    1.5
  end
rescue Exception
end
begin; C2.send(:alias_method, :m7, :entries); rescue Exception; end
begin; v2[37] = v0; rescue Exception; end
begin; v2.singleton_class.send(:alias_method, :m2, :m7); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
