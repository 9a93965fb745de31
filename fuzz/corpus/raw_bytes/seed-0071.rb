GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  class C0
    begin
      module M1
        begin; C0.send(:alias_method, :m0, :m1); rescue Exception; end
        begin
          v1 = Class.new(String) do
            begin
              def self.m0(k0: 1)
                "s14"
              end
            rescue Exception
            end
            begin; v2 = Object.instance_method(:m0); rescue Exception; end
            begin; C2.send(:alias_method, :m2, :"<=>"); rescue Exception; end
            begin; self.m3(); rescue Exception; end
          end
        rescue Exception
        end
        GC.start
      end
    rescue Exception
    end
    begin
      30.times do |i|
        begin; v3 = Object.new(1); rescue Exception; end
      end
    rescue Exception
    end
    begin
      C0.send(:define_method, :m1) do
        begin
          v4 = Class.new(Numeric) do
            begin; alias m4 :"<=>"; rescue Exception; end
          end
        rescue Exception
        end
        begin
          v5 = lambda do |a0, *rest, p0|
            begin
              def m2(a0, &blk)
                nil
              end
            rescue Exception
            end
            rest
          end
        rescue Exception
        end
        (2..4)
      end
    rescue Exception
    end
    begin; C0.send(:prepend, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin
  class C4
    begin
      def self.m2(a0, a1)
        begin; C0.send(:alias_method, :m4, :"<=>"); rescue Exception; end
        a1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v6 = []; rescue Exception; end
begin; C0.send(:include, M1); rescue Exception; end
begin
  v9 = self.m0(*v6) do |a0, &blk|
    begin
      class << v6
        begin; v7 = {:k0 => 73}; rescue Exception; end
        begin
          v8 = lambda do |a0, a1|
            begin
              v7.singleton_class.send(:define_method, :m5) do |a0, o0 = 0|
                v7
              end
            rescue Exception
            end
            a1
          end
        rescue Exception
        end
        begin; alias m6 :"<=>"; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
GC.start
