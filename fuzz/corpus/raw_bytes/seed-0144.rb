GC.start
begin
  Range.send(:define_method, :m0) do
    (4..4)
  end
rescue Exception
end
begin
  v0 = Class.new(Numeric) do
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def method_missing(name, *args, &blk)
        if name.to_s.start_with?("dyn1")
          [name, args.size, blk]
        else
          super
        end
      end
      def respond_to_missing?(name, priv = false)
        name.to_s.start_with?("dyn1") || super
      end
    rescue Exception
    end
    begin; v1 = {}; rescue Exception; end
  end
rescue Exception
end
begin; v2 = C0.new(); rescue Exception; end
begin; v3 = C0.new(); rescue Exception; end
begin
  v0.send(:superclass, :y2) do |a0, a1|
    begin; v4 = C0.instance_variable_get(:@k0); rescue Exception; end
    begin
      begin
        begin; v5 = nil.m0(); rescue Exception; end
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      ensure
        begin
          v6 = Class.new(Hash) do
            begin; raise ArgumentError, "x"; rescue Exception; end
            begin; raise RuntimeError, "x"; rescue Exception; end
            begin; C0.send(:remove_method, :insert); rescue Exception; end
            begin; v7 = {:k0 => "s12", :k1 => 64}; rescue Exception; end
          end
        rescue Exception
        end
        begin; v0.extend(Comparable); rescue Exception; end
      end
    rescue Exception
    end
    a1
  end
rescue Exception
end
begin; v0.send(:include, Comparable); rescue Exception; end
begin; C0.send(:include, Comparable); rescue Exception; end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin; C1.send(:prepend, Comparable); rescue Exception; end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
GC.start
GC.start
begin; v8 = C0.instance_method(:insert); rescue Exception; end
begin; C0.send(:remove_method, :insert); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      def m1()
        begin; C2.class_variable_set(:@@k1, :y4); rescue Exception; end
        begin; p self; rescue Exception; end
        11
      end
    rescue Exception
    end
    begin; v9 = 78; rescue Exception; end
    begin; alias_method :m2, :allbits?; rescue Exception; end
    begin; v10 = []; rescue Exception; end
  end
rescue Exception
end
begin; K0 = K0; rescue Exception; end
begin; C0.instance_variable_set(:@k0, nil); rescue Exception; end
begin; v11 = v2.dup; rescue Exception; end
begin; C0.send(:remove_method, :insert); rescue Exception; end
begin; v3.instance_variable_set(:@i1, v0); rescue Exception; end
GC.start
begin; C0.send(:alias_method, :m3, :m1); rescue Exception; end
begin
  v12 = lambda do |a0, *rest|
    rest
  end
rescue Exception
end
begin; C1.send(:prepend, Enumerable); rescue Exception; end
begin; C0.class_variable_set(:@@k0, v11); rescue Exception; end
begin; v2.freeze; rescue Exception; end
begin; C2.extend(Enumerable); rescue Exception; end
begin
  v13 = lambda do
    begin; 10.times { |i| "x" * 8 }; rescue Exception; end
    K0
  end
rescue Exception
end
begin; v0.instance_eval(""); rescue Exception; end
begin; C0.send(:alias_method, :m2, :insert); rescue Exception; end
