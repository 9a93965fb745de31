GC.start
begin; v0 = {}; rescue Exception; end
begin
  class << v0
    begin; (2..4).public_send(:each, 1); rescue Exception; end
  end
rescue Exception
end
begin; v0.select!(v0, self); rescue Exception; end
begin; v1 = v0.send(:select!, v0, v0); rescue Exception; end
begin; K0 = v0; rescue Exception; end
begin; v2 = Object.new(); rescue Exception; end
begin
  v3 = v2.public_send(:m0, **v0) do |a0, o0 = 0|
    begin; raise ArgumentError, "x"; rescue Exception; end
    begin
      def m1(a0)
        begin; Hash.send(:alias_method, :m2, :finite?); rescue Exception; end
        -3
      end
    rescue Exception
    end
    v0
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m3) do |a0|
    begin
      v2.singleton_class.send(:define_method, :m0) do |a0, a1|
        v3
      end
    rescue Exception
    end
    K0
  end
rescue Exception
end
begin; v4 = v2.method(:m4); rescue Exception; end
begin; v5 = Struct.new(:f0, :f1); rescue Exception; end
begin
  module M0
    begin
      Hash.send(:define_method, :m2) do |a0, *rest|
        nil
      end
    rescue Exception
    end
    begin; K1 = 7.5; rescue Exception; end
    begin
      def m5(k0: 1, **kws)
        begin
          def m6()
            begin; p (0..0); rescue Exception; end
            self
          end
        rescue Exception
        end
        begin; v6 = Object.new(1); rescue Exception; end
        6.5
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def v0.m7(a0, o0 = 0)
    (4..4)
  end
rescue Exception
end
begin
  10.times do |i|
  end
rescue Exception
end
begin; v7 = v2.dup; rescue Exception; end
begin; v0[nil] = nil; rescue Exception; end
begin
  begin
    begin; v2.singleton_class.send(:alias_method, :m8, :finite?); rescue Exception; end
    begin
      def v5.m9(a0)
        a0
      end
    rescue Exception
    end
  rescue => e
  end
rescue Exception
end
begin
  v8 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; C1.send(:alias_method, :m9, :select!); rescue Exception; end
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    begin
      v9 = proc do |a0, *rest|
        begin; C1.send(:alias_method, :m4, :clamp); rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; p K0; rescue Exception; end
begin
  class Numeric
    begin; alias m10 finite?; rescue Exception; end
    begin; alias_method :m6, :select!; rescue Exception; end
  end
rescue Exception
end
begin; v10 = C1.new(); rescue Exception; end
begin; v11 = {:k0 => v7}; rescue Exception; end
begin
  class << v4
    begin
      def m4()
        11
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v12 = Class.new(Hash) do
    begin; v13 = {:k0 => (3..8)}; rescue Exception; end
    begin; Object.const_set(:K2, v13); rescue Exception; end
  end
rescue Exception
end
begin
  v14 = ->(a0, o0 = 0) do
    begin
      v16 = self.m4(k0: v11) do |a0, &blk|
        begin; eval("begin; v15 = 12.m6(blk); rescue Exception; end\nbegin; C1.send(:include, Comparable); rescue Exception; end"); rescue Exception; end
        a0
      end
    rescue Exception
    end
    v7
  end
rescue Exception
end
begin; v17 = v5.new(); rescue Exception; end
begin
  v10.instance_eval do
    begin; 50.times { |i| "x" * 8 }; rescue Exception; end
  end
rescue Exception
end
