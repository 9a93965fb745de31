begin; Object.send(:include, Enumerable); rescue Exception; end
begin; Range.send(:alias_method, :m0, :nobits?); rescue Exception; end
begin; v0 = :y3; rescue Exception; end
begin; C0.send(:undef_method, :m0); rescue Exception; end
begin; v1 = 11.5; rescue Exception; end
begin
  class C0 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C0.send(:alias_method, :m0, :select); rescue Exception; end
    begin; v2 = C0.new(); rescue Exception; end
    begin
      class C1
        begin; v3 = true; rescue Exception; end
        begin
          v3.send(:m1) do |a0, a1|
            GC.start
            :y3
          end
        rescue Exception
        end
        begin; eval("begin\n  C0.send(:define_method, :m1) do\n    (3..7)\n  end\nrescue Exception\nend"); rescue Exception; end
      end
    rescue Exception
    end
    begin; C0.send(:include, Enumerable); rescue Exception; end
  end
rescue Exception
end
begin
  class C2
    begin; v4 = {:k0 => nil, :k1 => (1..6)}; rescue Exception; end
    begin
      class << v4
        begin
          30.times do |i|
            begin; alias_method :m2, :nobits?; rescue Exception; end
            GC.start
          end
        rescue Exception
        end
        begin
          class C3 < C1
            begin; v5 = []; rescue Exception; end
            begin
              def method_missing(name, *args, &blk)
                if name.to_s.start_with?("dyn2")
                  [name, args.size, blk]
                else
                  super
                end
              end
              def respond_to_missing?(name, priv = false)
                name.to_s.start_with?("dyn2") || super
              end
            rescue Exception
            end
            begin; p (3..3); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class C4 < C3
        begin
          include Comparable
          def <=>(o)
            (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
          end
        rescue Exception
        end
        begin
          v6 = self.send(:nobits?) do |a0|
            a0
          end
        rescue Exception
        end
        begin
          v7 = lambda do |a0|
            a0
          end
        rescue Exception
        end
        begin
          begin
            begin; v8 = [6, 80, "s1"]; rescue Exception; end
          rescue => e
            begin
              def self.m0(a0, o0 = 0, *rest, k0: 1, &blk)
                25
              end
            rescue Exception
            end
            begin; v6.m3(1); rescue Exception; end
          ensure
            begin; 100.times { |i| "x" * 8 }; rescue Exception; end
            begin; v9 = self.send(:m4, v7, 9); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      begin
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn1")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn1") || super
          end
        rescue Exception
        end
      rescue => e
        begin
          class << v4
            GC.start
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v10 = "s18".respond_to?(:m5); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v11 = C0.new(v1); rescue Exception; end
begin; v11.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin
  class << v11
    begin; v12 = self.method(:m1); rescue Exception; end
    begin; Object.send(:alias_method, :m6, :select); rescue Exception; end
    begin
      module M5
        begin
          def method_missing(name, *args, &blk)
            if name.to_s.start_with?("dyn2")
              [name, args.size, blk]
            else
              super
            end
          end
          def respond_to_missing?(name, priv = false)
            name.to_s.start_with?("dyn2") || super
          end
        rescue Exception
        end
        begin
          class C6 < Numeric
            begin; v13 = {}; rescue Exception; end
            begin
              def m1(a0, *rest)
                17
              end
            rescue Exception
            end
            begin; v13["s15"] = v13; rescue Exception; end
          end
        rescue Exception
        end
        begin; v14 = C2.new(k0: true); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v15 = C2.new(); rescue Exception; end
begin
  class Hash
    begin; alias m5 each; rescue Exception; end
  end
rescue Exception
end
begin; C6.send(:prepend, M5); rescue Exception; end
GC.start
begin; v16 = {:k0 => v1}; rescue Exception; end
begin
  class C7 < C6
    begin; v17 = C4.new("s14"); rescue Exception; end
    begin
      v18 = Class.new(C7) do
        begin; 300.times { |i| Object.new }; rescue Exception; end
        begin; v19 = nil; rescue Exception; end
        begin
          Range.send(:define_method, :m7) do |a0, a1|
            (4..4)
          end
        rescue Exception
        end
        begin; v20 = C4.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin; v17.freeze; rescue Exception; end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn0")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn0") || super
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v16.singleton_class.send(:define_method, :m5) do |a0, o0 = 0, *rest, k0: 1, &blk|
    v11
  end
rescue Exception
end
begin; v15.singleton_class.send(:alias_method, :m8, :nobits?); rescue Exception; end
