begin; 10.times { |i| "x" * 8 }; rescue Exception; end
begin; 100.times { |i| proc { i } }; rescue Exception; end
begin; v0 = Object.new(); rescue Exception; end
begin
  10.times do |i|
    begin; Object.send(:prepend, Comparable); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin
      def m0(a0, o0 = 0)
        nil
      end
    rescue Exception
    end
    begin; Range.send(:alias_method, :m0, :message); rescue Exception; end
    begin
      def m0()
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v1 = Object.new(); rescue Exception; end
begin
  module M0
    begin; alias m1 m1; rescue Exception; end
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
begin; v2 = v1.dup; rescue Exception; end
begin
  class << v1
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
    begin; v3 = Object.new(1); rescue Exception; end
  end
rescue Exception
end
begin; v4 = Integer.instance_method(:nonzero?); rescue Exception; end
begin; Object.send(:prepend, M0); rescue Exception; end
begin; 8.times { |i| v0.instance_variable_set(:"@g#{i}", i) }; rescue Exception; end
begin
  v5 = ->(a0, &blk) do
    begin
      def m2(a0, &blk)
        begin; 10.times { |i| [i, i] }; rescue Exception; end
        begin; Numeric.send(:alias_method, :m2, :nonzero?); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; v2.singleton_class.send(:remove_method, :m2); rescue Exception; end
    a0
  end
rescue Exception
end
begin; v6 = v2.clone; rescue Exception; end
begin; v7 = {:k0 => v1}; rescue Exception; end
begin; v8 = 9.5; rescue Exception; end
begin; v7[84] = v8; rescue Exception; end
begin; String.send(:alias_method, :m2, :message); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; 100.times { |i| v7[i] = [i] }; rescue Exception; end
  end
rescue Exception
end
begin; v9 = Object.new(); rescue Exception; end
begin
  class Numeric
    begin; alias_method :m1, :nonzero?; rescue Exception; end
  end
rescue Exception
end
begin; v10 = [v2, self, v1]; rescue Exception; end
begin; v11 = v4.bind(v6); rescue Exception; end
begin
  begin
    begin; K0 = v6; rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; v12 = v4.bind(e); rescue Exception; end
  ensure
    begin
      class Exception
        begin; alias_method :m3, :message; rescue Exception; end
      end
    rescue Exception
    end
    begin
      class C1 < Exception
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
          v13 = Class.new(Hash) do
            begin; 50.times { |i| Object.new }; rescue Exception; end
            begin; String.send(:alias_method, :m4, :nonzero?); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
  end
rescue Exception
end
