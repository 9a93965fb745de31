begin; Range.send(:alias_method, :m0, :between?); rescue Exception; end
begin; v0 = {:k0 => :y4, :k1 => (0..5)}; rescue Exception; end
begin
  def v0.m1(a0, o0 = 0, *rest, k0: 1, &blk)
    87
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m2, :select); rescue Exception; end
begin; v1 = [10.5, 3.5]; rescue Exception; end
begin
  v1.instance_eval do
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  v2 = Class.new(Object) do
    begin
      class C1 < Array
        begin
          C0.send(:define_method, :m3) do |a0|
            begin; alias m4 collect!; rescue Exception; end
            a0
          end
        rescue Exception
        end
        begin; C1.send(:include, Enumerable); rescue Exception; end
        begin
          C0.send(:define_method, :m5) do |a0, o0 = 0|
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin; 10.times { |i| proc { i } }; rescue Exception; end
  end
rescue Exception
end
begin; v1 << v2; rescue Exception; end
begin; v3 = {}; rescue Exception; end
begin
  v2.singleton_class.send(:define_method, :m3) do |a0, o0 = 0, *rest, k0: 1, &blk|
    begin
      v4 = proc do |o0 = 0|
        begin
          v5 = lambda do |o0 = 0|
            begin; v6 = C0.new(blk); rescue Exception; end
            v0
          end
        rescue Exception
        end
        v1
      end
    rescue Exception
    end
    begin
      def v4.m6(k0: 1)
        GC.start
        "s12"
      end
    rescue Exception
    end
    v1
  end
rescue Exception
end
begin; p 17; rescue Exception; end
begin; v7 = v0.respond_to?(:m3); rescue Exception; end
begin
  def v3.m5(a0)
    (0..2)
  end
rescue Exception
end
begin
  v3.singleton_class.send(:define_method, :m7) do
    v3
  end
rescue Exception
end
begin; v8 = self.respond_to?(:m0); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m8(a0, o0 = 0, *rest, k0: 1, &blk)
        o0
      end
    rescue Exception
    end
    begin; v9 = 30.respond_to?(:m4); rescue Exception; end
    begin
      def m9(a0, o0 = 0)
        begin; v10 = nil.public_send(:m1, true, 3.5); rescue Exception; end
        :y5
      end
    rescue Exception
    end
    begin
      def m8(a0, *rest)
        54
      end
    rescue Exception
    end
  end
rescue Exception
end
