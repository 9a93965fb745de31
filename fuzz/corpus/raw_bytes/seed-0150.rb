GC.start
begin; Object.instance_variable_set(:@k0, "s5"); rescue Exception; end
GC.start
begin; v0 = Object.new(); rescue Exception; end
begin
  def m0()
    29
  end
rescue Exception
end
begin; v1 = [v0, v0].uniq.size; rescue Exception; end
begin
  v2 = Class.new(Numeric) do
    begin; v3 = Array(6); rescue Exception; end
    begin
      2.times do |i|
        begin; v4 = C0.new(); rescue Exception; end
      end
    rescue Exception
    end
    begin
      def m1(a0, &blk)
        begin
          def m0()
            begin; C0.send(:remove_method, :m0); rescue Exception; end
            begin; C0.send(:undef_method, :m0); rescue Exception; end
            (4..6)
          end
        rescue Exception
        end
        begin; v5 = 17.public_send(:to_s, "s10", nil); rescue Exception; end
        a0
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
begin
  class C1
    begin
      module M2
        begin; v6 = []; rescue Exception; end
      end
    rescue Exception
    end
    begin; K0 = :y2; rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; v7 = 15.5.respond_to?(:m0, true); rescue Exception; end
    begin; C0.send(:alias_method, :m0, :step); rescue Exception; end
    begin; C1.send(:alias_method, :m2, :each_byte); rescue Exception; end
  end
rescue Exception
end
begin
  class << v0
    begin; alias_method :m0, :each_byte; rescue Exception; end
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
  end
rescue Exception
end
begin; v8 = C0.new(v2, v1); rescue Exception; end
begin
  v9 = lambda do |k0: 1, **kws|
    begin; 300.times { |i| proc { i } }; rescue Exception; end
    begin; C0.send(:include, M2); rescue Exception; end
    k0
  end
rescue Exception
end
begin; v8.singleton_class.send(:alias_method, :m3, :m0); rescue Exception; end
begin; v10 = [v0, 71, v2]; rescue Exception; end
begin; v0.instance_eval(""); rescue Exception; end
begin; v2.send(:prepend, M2); rescue Exception; end
begin; v11 = 1 + v9; rescue Exception; end
begin
  v12 = proc do |a0, a1|
    begin
      v13 = Proc.new do |k0: 1, **kws|
        begin; v14 = C0.new(); rescue Exception; end
        v0
      end
    rescue Exception
    end
    v8
  end
rescue Exception
end
begin
  v2.singleton_class.send(:define_method, :m4) do |a0, *rest|
    begin
      begin
        begin
          v15 = lambda do |a0|
            GC.start
            a0
          end
        rescue Exception
        end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin; v16 = [a0, (3..5)]; rescue Exception; end
      end
    rescue Exception
    end
    a0
  end
rescue Exception
end
begin; v12.singleton_class.send(:alias_method, :m0, :each_byte); rescue Exception; end
begin
  def m5(k0: 1)
    GC.start
    nil
  end
rescue Exception
end
begin; v17 = self.m1(&v9); rescue Exception; end
begin
  class C3
    begin; v18 = Float(true); rescue Exception; end
    begin; 300.times { |i| { i => i } }; rescue Exception; end
    begin; v19 = v18.public_send(:m6, 1); rescue Exception; end
    begin; v20 = C0.new(K0); rescue Exception; end
  end
rescue Exception
end
begin
  class C4 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 300.times { |i| [i, i] }; rescue Exception; end
    begin; String.send(:alias_method, :m7, :step); rescue Exception; end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
  end
rescue Exception
end
