begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin
  class << v0
    begin; alias_method :m0, :to_c; rescue Exception; end
    begin; v1 = Object.new(); rescue Exception; end
    begin
      v2 = lambda do |a0|
        begin; v3 = Object.new(); rescue Exception; end
        7
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = v0.respond_to?(:m0, true); rescue Exception; end
begin
  def m1()
    begin; v5 = 51.send(:downto, k0: 2); rescue Exception; end
    0.5
  end
rescue Exception
end
begin; v6 = ["s0", self].sort; rescue Exception; end
begin; v0.send(:alias_method, :m2, :to_c); rescue Exception; end
begin; v7 = Integer(9); rescue Exception; end
begin
  class << v0
    begin
      def to_int; (@i0.is_a?(Integer) ? @i0 : 3); end
      def to_str; "c#{to_int}"; end
      def to_ary; [to_int, to_str]; end
      def <=>(o); to_int <=> (o.respond_to?(:to_int) ? o.to_int : 0); end
      def hash; to_int.hash; end
      def eql?(o); o.respond_to?(:to_int) && to_int == o.to_int; end
      def ==(o); eql?(o); end
      def coerce(o); [o, to_int]; end
    rescue Exception
    end
    begin; v8 = String((2..4)); rescue Exception; end
    begin
      class C0 < Hash
        begin; true.public_send(:m3, :y2, nil); rescue Exception; end
        begin; v9 = C0.new(); rescue Exception; end
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
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v10 = v0.singleton_class; rescue Exception; end
begin
  v0.instance_eval do
    begin
      C0.send(:define_method, :m4) do |a0, &blk|
        v0
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  class << v10
    begin; v11 = Object.new(); rescue Exception; end
    begin; v12 = v11.instance_variable_get(:@i1); rescue Exception; end
  end
rescue Exception
end
begin; v13 = Struct.new(:f0, :f1); rescue Exception; end
begin; C0.instance_variable_set(:@k2, :y3); rescue Exception; end
begin; C0.instance_variable_set(:@k1, 94); rescue Exception; end
begin; v13.singleton_class.send(:alias_method, :m2, :message); rescue Exception; end
begin; v14 = Object.new(); rescue Exception; end
begin
  class << v0
    begin; v15 = :y0.method(:message); rescue Exception; end
    begin; C0.send(:alias_method, :m3, :message); rescue Exception; end
    begin; Range.send(:alias_method, :m5, :to_c); rescue Exception; end
  end
rescue Exception
end
begin; v16 = -1.respond_to?(:m6); rescue Exception; end
begin; v17 = "s16"; rescue Exception; end
begin; p v13; rescue Exception; end
begin; v18 = v0.send(:allocate, v13, k0: 3); rescue Exception; end
begin
  v19 = Proc.new do
    begin
      r1 = 0
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
        begin; C0.send(:include, Comparable); rescue Exception; end
        begin; v13.instance_variable_set(:@i1, v16); rescue Exception; end
        r1 += 1
        retry if r1 < 2
      end
    rescue Exception
    end
    19.5
  end
rescue Exception
end
begin; v20 = v13.instance_variable_get(:@i2); rescue Exception; end
begin; v21 = [10, 20, 30, 40][v4]; rescue Exception; end
begin; v17.extend(Comparable); rescue Exception; end
