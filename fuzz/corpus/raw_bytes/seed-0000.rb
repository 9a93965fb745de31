begin; v0 = Object.new(k0: 2); rescue Exception; end
begin; v1 = v0.respond_to?(:m0); rescue Exception; end
begin; v2 = v0.dup; rescue Exception; end
begin; C0.send(:remove_method, :m1); rescue Exception; end
begin
  class C0 < Hash
    begin; C0.class_variable_set(:@@k1, 12.5); rescue Exception; end
    begin; v3 = 38; rescue Exception; end
    begin; v3.send(:m2, 1); rescue Exception; end
    begin
      C0.send(:define_method, :m3) do |a0, o0 = 0|
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = "abc" + v0; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :negative?); rescue Exception; end
begin; C0.extend(Comparable); rescue Exception; end
begin
  class << v0
    begin; v5 = Object.new(); rescue Exception; end
    begin; v5.singleton_class.send(:alias_method, :m4, :max); rescue Exception; end
    begin
      class << v5
        begin; C0.send(:remove_method, :m5); rescue Exception; end
        begin
          class C1
            begin
              def m6(a0)
                a0
              end
            rescue Exception
            end
            GC.start
            begin; C1.send(:include, Enumerable); rescue Exception; end
          end
        rescue Exception
        end
        begin
          class C2 < String
            begin; alias_method :m7, :gsub!; rescue Exception; end
            begin; v6 = Array(self); rescue Exception; end
            begin; C1.send(:undef_method, :negative?); rescue Exception; end
            begin; String.extend(Enumerable); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; eval("begin\n  v0.singleton_class.send(:define_method, :m0) do\n    begin\n      def m8()\n        begin; p true; rescue Exception; end\n        1.5\n      end\n    rescue Exception\n    end\n    begin; v7 = C1.new(); rescue Exception; end\n    true\n  end\nrescue Exception\nend"); rescue Exception; end
begin; 8.times { |i| v2.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m9, :sub!); rescue Exception; end
begin
  v4.m10(k0: v0) do |o0 = 0|
    begin; 300.times { |i| Object.new }; rescue Exception; end
    v0
  end
rescue Exception
end
begin; v2.singleton_class.send(:alias_method, :m7, :negative?); rescue Exception; end
begin
  class C3 < Hash
    begin
      true.send(:m11) do |a0|
        begin; v8 = C1.new(k0: 2); rescue Exception; end
        (0..2)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v9 = Object.instance_method(:max); rescue Exception; end
begin; p 68; rescue Exception; end
begin; v10 = Object.new(1); rescue Exception; end
