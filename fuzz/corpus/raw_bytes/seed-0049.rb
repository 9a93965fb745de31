GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  v1 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; Object.const_set(:K0, (2..5)); rescue Exception; end
    begin
      def self.m0(a0)
        a0
      end
    rescue Exception
    end
    begin; v2 = []; rescue Exception; end
    begin
      class Exception
        begin; alias_method :m1, :message; rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  30.times do |i|
  end
rescue Exception
end
begin
  5.times do |i|
    begin
      v0.m0(1) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          v1.send(:">", k0: 2) do |a0, *rest, p0|
            begin
              Hash.send(:define_method, :m1) do |o0 = 0|
                o0
              end
            rescue Exception
            end
            self
          end
        rescue Exception
        end
        begin; v3 = v1.singleton_class; rescue Exception; end
        v1
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = [K0, (0..5), v0]; rescue Exception; end
begin; v1.singleton_class.send(:alias_method, :m2, :">"); rescue Exception; end
begin; C0.send(:prepend, Comparable); rescue Exception; end
begin; p "s11"; rescue Exception; end
begin; p v0; rescue Exception; end
begin; v1.freeze; rescue Exception; end
begin; v5 = v0.instance_variable_get(:@i2); rescue Exception; end
begin; K1 = v1; rescue Exception; end
begin; v6 = v4.m3(17); rescue Exception; end
begin
  class C1 < C0
    begin
      def m1()
        begin; v7 = 84.respond_to?(:m4); rescue Exception; end
        nil
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin
      class String
        begin; alias m5 rpartition; rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin; K2 = self; rescue Exception; end
    r1 += 1
    retry if r1 < 2
  ensure
    begin; v8 = self.send(:m6, v4); rescue Exception; end
  end
rescue Exception
end
begin
  def m5(a0, a1)
    begin; v9 = self.respond_to?(:m7); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v4
    begin; v10 = C1.new(1); rescue Exception; end
  end
rescue Exception
end
begin
  class String
    begin; alias_method :m5, :rpartition; rescue Exception; end
    begin; alias_method :m3, :"-@"; rescue Exception; end
  end
rescue Exception
end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin
  class << v6
    begin; K3 = self; rescue Exception; end
    begin; alias_method :m8, :"-@"; rescue Exception; end
  end
rescue Exception
end
begin
  v11 = proc do |a0, &blk|
    begin; 100.times { |i| v4 << i.to_s }; rescue Exception; end
    blk
  end
rescue Exception
end
begin
  class << v0
    begin
      v12 = proc do
        begin; v13 = C1.new(); rescue Exception; end
        begin
          class << v13
            begin
              include Comparable
              def <=>(o)
                (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
              end
            rescue Exception
            end
            begin
              def m9(a0, a1)
                a0
              end
            rescue Exception
            end
          end
        rescue Exception
        end
        23
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C2
    begin
      String.send(:define_method, :m10) do
        nil
      end
    rescue Exception
    end
    begin
      begin
        begin
          v14 = proc do |a0, o0 = 0|
            begin; C0.send(:undef_method, :m11); rescue Exception; end
            o0
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; 50.times { |i| [i, i] }; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m2(a0)
        5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class C3 < String
    begin
      class String
        begin; alias m9 rpartition; rescue Exception; end
        begin; alias_method :m8, :">"; rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m9(a0, &blk)
        begin; Object.const_set(:K4, "s16"); rescue Exception; end
        true
      end
    rescue Exception
    end
    begin; Integer.send(:alias_method, :m0, :"-@"); rescue Exception; end
    begin; C1.send(:alias_method, :m4, :">"); rescue Exception; end
  end
rescue Exception
end
begin; "s15".to_i(v0, true); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m6); rescue Exception; end
