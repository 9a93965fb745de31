begin
  class C0 < String
    begin; C0.send(:alias_method, :m0, :each_pair); rescue Exception; end
    begin; C0.send(:alias_method, :m1, :each_pair); rescue Exception; end
    begin; v0 = 2.5.respond_to?(:m1); rescue Exception; end
    begin; C0.send(:alias_method, :m2, :sort); rescue Exception; end
  end
rescue Exception
end
begin
  C0.send(:define_method, :m3) do |k0: 1|
    k0
  end
rescue Exception
end
begin
  def m3(a0, a1)
    begin; C0.send(:alias_method, :m4, :each_pair); rescue Exception; end
    begin
      def m0(a0)
        :y4
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v1 = [1.5]; rescue Exception; end
begin; 100.times { |i| Object.new }; rescue Exception; end
begin
  v1.singleton_class.send(:define_method, :m5) do |a0|
    begin
      class C1 < StandardError
        begin
          def self.m6()
            (2..3)
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      class C2 < Numeric
        begin
          def coerce(a0)
            a0
          end
        rescue Exception
        end
        begin; C1.send(:alias_method, :m7, :sort); rescue Exception; end
        begin
          begin
            begin; v2 = "s16".tr_s(nil, self); rescue Exception; end
            begin; v3 = {:k0 => v2}; rescue Exception; end
            begin; raise ArgumentError, "r"; rescue Exception; end
          rescue => e
            begin; alias m4 allbits?; rescue Exception; end
            begin; v4 = C0.new(); rescue Exception; end
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
    v1
  end
rescue Exception
end
begin
  class C3 < C1
    begin; raise ArgumentError, "x"; rescue Exception; end
    GC.start
    begin; v5 = {}; rescue Exception; end
  end
rescue Exception
end
begin
  v6 = proc do |a0, *rest, p0|
    begin
      v1.instance_eval do
        begin
          class C4 < Array
            begin; C0.send(:remove_method, :each_pair); rescue Exception; end
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    78
  end
rescue Exception
end
begin; v7 = 4.5; rescue Exception; end
begin
  begin
    begin; v8 = "s5".respond_to?(:m7); rescue Exception; end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      class << v6
        begin; 50.times { |i| "x" * 8 }; rescue Exception; end
        begin; (0..3).entries(true, -0.5); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C4.send(:prepend, Comparable); rescue Exception; end
begin
  class Array
    begin; alias_method :m8, :sort; rescue Exception; end
  end
rescue Exception
end
begin; v9 = nil; rescue Exception; end
begin; v10 = v6.public_send(:call, &v6); rescue Exception; end
begin
  def v6.m9(a0)
    a0
  end
rescue Exception
end
begin
  class Array
    begin; alias_method :m10, :sort; rescue Exception; end
  end
rescue Exception
end
begin; v11 = C2.instance_method(:m11); rescue Exception; end
