begin
  module M0
    begin
      v0 = Proc.new do |o0 = 0|
        begin
          v1 = lambda do
            o0
          end
        rescue Exception
        end
        begin; v2 = 93; rescue Exception; end
        o0
      end
    rescue Exception
    end
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
    begin; M0.send(:include, M0); rescue Exception; end
  end
rescue Exception
end
begin
  class C1
    begin; C1.send(:alias_method, :m0, :key); rescue Exception; end
    begin
      def m1(a0, a1)
        -0.5
      end
    rescue Exception
    end
    begin; C1.send(:remove_method, :loop); rescue Exception; end
    begin
      def m2(o0 = 0)
        o0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2 < Numeric
    GC.start
  end
rescue Exception
end
begin; v3 = (2..4); rescue Exception; end
begin; C1.send(:alias_method, :m3, :uniq!); rescue Exception; end
begin; v4 = {:k0 => v3}; rescue Exception; end
begin; v5 = 1 + v4; rescue Exception; end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v6 = v3.public_send(:eql?, v4, v5); rescue Exception; end
begin; 30.times { |i| v4[i] = [i] }; rescue Exception; end
