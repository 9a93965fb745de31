begin
  10.times do |i|
  end
rescue Exception
end
begin; v0 = :upcase; rescue Exception; end
begin
  r1 = 0
  begin
    begin
      v1 = lambda do |a0, a1|
        begin; M0.send(:undef_method, :m0); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v2 = nil; rescue Exception; end
  rescue => e
    begin
      v3 = lambda do
        begin
          v4 = ->() do
            e
          end
        rescue Exception
        end
        4.5
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin
  v0.m0(v0, v0) do
    begin; v0.empty?(); rescue Exception; end
    v0
  end
rescue Exception
end
begin
  3.times do |i|
    begin; v5 = Object.new(); rescue Exception; end
  end
rescue Exception
end
begin; v6 = Object.new(v0, k0: 3); rescue Exception; end
begin
  v7 = proc do
    begin; v8 = Object.new(); rescue Exception; end
    v6
  end
rescue Exception
end
begin
  v7.instance_eval do
    begin
      class Numeric
        begin; alias m1 to_c; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v7
    begin
      def m2(k0: 1, **kws)
        begin; Integer.send(:alias_method, :m3, :m4); rescue Exception; end
        begin; Object.send(:include, Enumerable); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; M0.send(:undef_method, :m5); rescue Exception; end
  end
rescue Exception
end
begin
  class << v7
    begin
      module M0
        begin
          def m6(a0, o0 = 0)
            begin; v9 = {:k0 => self}; rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin
          v10 = Fiber.new do |x|
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
              Range.send(:define_method, :m4) do
                30
              end
            rescue Exception
            end
            Fiber.yield(x)
            self
          end
        rescue Exception
        end
        begin; v11 = 10.5.respond_to?(:message, true); rescue Exception; end
      end
    rescue Exception
    end
    begin; p nil; rescue Exception; end
  end
rescue Exception
end
begin
  1.times do |i|
    begin; Range.send(:alias_method, :m7, :to_c); rescue Exception; end
    begin
      begin
        begin; 100.times { |i| [i, i] }; rescue Exception; end
        begin; v6.message(v7); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin
          v12 = proc do
            i
          end
        rescue Exception
        end
      ensure
        begin; v13 = String.instance_method(:to_c); rescue Exception; end
        begin; v14 = {}; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m8, :message); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin
  v15 = proc do |a0|
    self
  end
rescue Exception
end
begin; v6.extend(M0); rescue Exception; end
begin
  r2 = 0
  begin
  rescue => e
    r2 += 1
    retry if r2 < 2
  end
rescue Exception
end
begin; p v15; rescue Exception; end
begin; v16 = Object.new(); rescue Exception; end
begin
  v17 = v7.arity(v6, k0: 3) do |a0, o0 = 0, *rest, k0: 1, &blk|
    a0
  end
rescue Exception
end
begin
  class << v6
    begin; self.send(:include, M0); rescue Exception; end
    begin
      def m3()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v16
    begin
      String.send(:define_method, :m9) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin; Object.const_set(:K0, a0); rescue Exception; end
        begin
          class Exception
            begin; alias m0 message; rescue Exception; end
          end
        rescue Exception
        end
        self
      end
    rescue Exception
    end
  end
rescue Exception
end
GC.start
begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; p 1.5; rescue Exception; end
begin; v18 = Object.new(); rescue Exception; end
