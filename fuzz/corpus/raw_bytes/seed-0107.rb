GC.start
begin
  String.send(:define_method, :m0) do
    begin
      v0 = proc do |a0, a1|
        begin
          v1 = Class.new(Array) do
            begin; v2 = 22; rescue Exception; end
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        a1
      end
    rescue Exception
    end
    nil
  end
rescue Exception
end
begin
  v3 = -2.send(:"^") do |a0, a1|
    true
  end
rescue Exception
end
begin; v4 = (4..4).cover?(); rescue Exception; end
begin
  class << v4
    begin
      begin
        begin
          class C1 < C0
            begin; p 5.5; rescue Exception; end
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
            begin; p true; rescue Exception; end
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
      rescue => e
        begin
          def m1()
            begin
              Numeric.send(:define_method, :m2) do |a0|
                a0
              end
            rescue Exception
            end
            8.5
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  begin
    begin
      class C2
        begin; v5 = C2.new(:y1); rescue Exception; end
        begin
          v5.singleton_class.send(:define_method, :m3) do |a0, *rest, p0|
            "s2"
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      v6 = lambda do |a0, *rest|
        begin
          module M3
            begin; C0.send(:remove_method, :to_h); rescue Exception; end
            begin; v7 = true; rescue Exception; end
          end
        rescue Exception
        end
        v3
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      C1.send(:define_method, :m4) do |a0, &blk|
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v4
    begin; v8 = [self, 16.5]; rescue Exception; end
  end
rescue Exception
end
begin; v9 = C2.new(); rescue Exception; end
GC.start
begin; v10 = v9.clone; rescue Exception; end
begin
  class C4 < String
    begin; alias m5 to_h; rescue Exception; end
    begin; v11 = Object.new(); rescue Exception; end
    begin; eval(""); rescue Exception; end
    begin; Object.send(:alias_method, :m4, :to_h); rescue Exception; end
  end
rescue Exception
end
begin
  module M5
    begin
      v12 = self.m6(k0: 15.5) do
        GC.start
        "s2"
      end
    rescue Exception
    end
    begin
      def m2(a0, a1)
        begin
          v13 = proc do |a0, o0 = 0, *rest, k0: 1, &blk|
            begin; C1.send(:alias_method, :m0, :to_h); rescue Exception; end
            "s11"
          end
        rescue Exception
        end
        a0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 30.times { |i| v9.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v14 = C2.new(); rescue Exception; end
begin
  v15 = proc do |a0, *rest, p0|
    begin
      self.m5() do
        v10
      end
    rescue Exception
    end
    rest
  end
rescue Exception
end
begin; C0.send(:remove_method, :to_h); rescue Exception; end
begin
  module M6
    begin; v16 = C2.new(); rescue Exception; end
    begin; Array.class_eval("begin; v17 = Struct.new(:f0); rescue Exception; end\nbegin\n  def self.m6()\n    begin; v18 = C2.new(); rescue Exception; end\n    :y2\n  end\nrescue Exception\nend"); rescue Exception; end
    begin; p v16; rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m4, :to_h); rescue Exception; end
begin
  module M7
    begin; v19 = true.respond_to?(:m3); rescue Exception; end
    GC.start
    begin
      5.times do |i|
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v20 = nil; rescue Exception; end
begin
  class << v9
    begin
      "s9".rjust(97) do |k0: 1|
        begin
          def m2(a0)
            begin; (3..6).eql?(k0: (0..5)); rescue Exception; end
            begin; 10.times { |i| proc { i } }; rescue Exception; end
            77
          end
        rescue Exception
        end
        k0
      end
    rescue Exception
    end
    begin; v21 = [:y1, 18.5]; rescue Exception; end
    begin; C1.send(:alias_method, :m5, :to_h); rescue Exception; end
  end
rescue Exception
end
begin
  v15.instance_eval do
    begin; v22 = (3..8).respond_to?(:m2); rescue Exception; end
  end
rescue Exception
end
begin; v9.m7(1); rescue Exception; end
begin; v10.singleton_class.send(:alias_method, :m0, :to_h); rescue Exception; end
begin; v23 = C1.new(); rescue Exception; end
begin; v24 = v15.to_proc; rescue Exception; end
begin; v25 = C1.instance_method(:m8); rescue Exception; end
begin
  v26 = lambda do
    begin; v27 = Struct.new(:f0, :f1, :f2); rescue Exception; end
    begin
      2.times do |i|
        begin
          C2.send(:define_method, :m9) do |o0 = 0|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    v9
  end
rescue Exception
end
begin
  def m10(a0, a1)
    begin; String.send(:alias_method, :m11, :m4); rescue Exception; end
    :y3
  end
rescue Exception
end
