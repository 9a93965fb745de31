begin; v0 = (4..7).respond_to?(:m0); rescue Exception; end
begin; v1 = []; rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v1
        begin
          def m0(a0, o0 = 0, *rest, k0: 1, &blk)
            begin; v2 = Struct.new(:f0); rescue Exception; end
            begin; v3 = Object.new(); rescue Exception; end
            rest
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = :y4; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v5 = [25]; rescue Exception; end
begin; 100.times { |i| v1 << i.to_s }; rescue Exception; end
begin; v5 << v0; rescue Exception; end
begin; v6 = v4.intern(*v1); rescue Exception; end
begin
  begin
  rescue => e
  end
rescue Exception
end
begin; String.extend(Enumerable); rescue Exception; end
begin; 8.times { |i| v5 << i.to_s }; rescue Exception; end
begin
  module M0
    begin; v7 = Struct.new(:f0); rescue Exception; end
    begin
      v8 = Class.new(String) do
        begin
          def self.m1(a0, *rest, p0)
            p0
          end
        rescue Exception
        end
        begin; v9 = :upcase; rescue Exception; end
        begin; C1.extend(M0); rescue Exception; end
        begin; C1.send(:include, M0); rescue Exception; end
      end
    rescue Exception
    end
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
begin; v10 = :y3.respond_to?(:m1); rescue Exception; end
begin; p 7.5; rescue Exception; end
begin
  class << v0
    begin; v11 = true; rescue Exception; end
    begin
      def m2(a0, *rest)
        begin; v12 = C1.new(k0: 2); rescue Exception; end
        begin
          v13 = lambda do
            "s18"
          end
        rescue Exception
        end
        36
      end
    rescue Exception
    end
    begin; Integer.send(:alias_method, :m3, :clamp); rescue Exception; end
  end
rescue Exception
end
begin; v1.append(&v4); rescue Exception; end
begin; K0 = v5; rescue Exception; end
begin
  v14 = proc do |a0, o0 = 0|
    o0
  end
rescue Exception
end
begin; C1.send(:alias_method, :m2, :m0); rescue Exception; end
begin
  v17 = Fiber.new do |x|
    begin
      C1.class_eval do
        begin
          def m4(a0, a1)
            begin; p nil; rescue Exception; end
            a1
          end
        rescue Exception
        end
        begin
          class << v6
            begin
              include Enumerable
              def each
                yield 1
                yield 2
                self
              end
            rescue Exception
            end
            begin; v15 = Integer.instance_method(:clamp); rescue Exception; end
            begin
              def self.m5()
                :y5
              end
            rescue Exception
            end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; v16 = v0.respond_to?(:clamp, true); rescue Exception; end
    Fiber.yield(x)
    v1
  end
rescue Exception
end
begin
  class << v1
    begin; C1.send(:alias_method, :m6, :times); rescue Exception; end
  end
rescue Exception
end
begin; v18 = v5.singleton_class; rescue Exception; end
begin; v14.instance_eval("begin; C1.send(:prepend, M0); rescue Exception; end"); rescue Exception; end
begin
  v19 = proc do |k0: 1|
    v4
  end
rescue Exception
end
begin
  module M2
    begin
      v21 = Fiber.new do |x|
        begin; alias m3 m7; rescue Exception; end
        begin; v20 = C1.new(); rescue Exception; end
        Fiber.yield(x)
        x
      end
    rescue Exception
    end
    begin
      C1.send(:define_method, :m8) do
        begin; v22 = "s10"; rescue Exception; end
        80
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v1.m9(a0, a1)
    begin
      v23 = lambda do
        begin; v24 = Object.new(); rescue Exception; end
        60
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v25 = 51; rescue Exception; end
