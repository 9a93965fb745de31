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
  self.m0(*v6) do |a0, &blk|
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
begin; C2.send(:alias_method, :m5, :"<=>"); rescue Exception; end
begin; v0.instance_variable_set(:@i2, (4..5)); rescue Exception; end
begin
  C0.class_eval do
    begin
      include Enumerable
      def each
        yield 1
        yield 2
        self
      end
    rescue Exception
    end
    begin; alias m7 m2; rescue Exception; end
  end
rescue Exception
end
begin; v9 = v0.m8(k0: "s1"); rescue Exception; end
begin; v10 = self.respond_to?(:m9, true); rescue Exception; end
begin
  begin
    begin; v11 = C0.new(); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      C4.send(:define_method, :m10) do |a0|
        a0
      end
    rescue Exception
    end
  ensure
    begin
      class << v10
        begin
          def m11(a0)
            begin
              C0.send(:define_method, :m5) do |a0, &blk|
                blk
              end
            rescue Exception
            end
            begin; Hash.send(:alias_method, :m1, :"<=>"); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; v12 = Struct.new(:f0, :f1); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class Integer
    begin; alias m8 :"<=>"; rescue Exception; end
  end
rescue Exception
end
begin; C2.send(:undef_method, :"<=>"); rescue Exception; end
begin; K0 = nil; rescue Exception; end
begin
  class C5
    begin; K1 = true; rescue Exception; end
    begin; v13 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v0.instance_variable_set(:@i0, v6); rescue Exception; end
begin
  class C6
    begin; v14 = C5.new(71, 21); rescue Exception; end
  end
rescue Exception
end
begin; Numeric.send(:alias_method, :m2, :m11); rescue Exception; end
begin; raise RuntimeError, "x"; rescue Exception; end
begin
  Range.send(:define_method, :m4) do
    true
  end
rescue Exception
end
begin
  v15 = proc do |a0|
    v0
  end
rescue Exception
end
