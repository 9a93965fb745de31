begin
  v0 = Class.new(Array) do
    begin; v1 = {:k0 => 3.5}; rescue Exception; end
  end
rescue Exception
end
begin; v0.initialize(); rescue Exception; end
begin; v2 = v0.singleton_class; rescue Exception; end
begin; v0.singleton_class.send(:alias_method, :m0, :m1); rescue Exception; end
begin
  def m0()
    begin; v3 = "s10".method(:to_a); rescue Exception; end
    true
  end
rescue Exception
end
begin; v4 = C0.new(); rescue Exception; end
begin; v5 = [v0, (0..2)]; rescue Exception; end
begin; v6 = C0.new(); rescue Exception; end
begin
  v7 = Proc.new do |a0, o0 = 0, *rest, k0: 1, &blk|
    o0
  end
rescue Exception
end
GC.start
begin; v2.singleton_class.send(:alias_method, :m0, :to_a); rescue Exception; end
begin; v8 = v2.method(:to_a); rescue Exception; end
begin; C0.class_variable_set(:@@k2, 43); rescue Exception; end
begin; v9 = v4.instance_variable_get(:@i2); rescue Exception; end
begin
  v10 = v6.lstrip!(k0: (4..8)) do |a0, o0 = 0, *rest, k0: 1, &blk|
    o0
  end
rescue Exception
end
begin; v6.singleton_class.send(:alias_method, :m0, :lstrip!); rescue Exception; end
begin
  begin
    begin
      C0.send(:define_method, :m2) do |a0, o0 = 0, *rest, k0: 1, &blk|
        begin
          class C1 < Numeric
            begin; v11 = :upcase; rescue Exception; end
            begin; alias_method :m3, :i; rescue Exception; end
            GC.start
            begin; alias m1 abs; rescue Exception; end
          end
        rescue Exception
        end
        o0
      end
    rescue Exception
    end
    GC.start
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
  end
rescue Exception
end
begin; K0 = v9; rescue Exception; end
begin
  class << v4
    begin
      v12 = lambda do
        begin
          class Range
            begin; alias m4 to_a; rescue Exception; end
            begin; alias_method :m5, :to_a; rescue Exception; end
          end
        rescue Exception
        end
        "s16"
      end
    rescue Exception
    end
    begin
      v13 = proc do
        v12
      end
    rescue Exception
    end
  end
rescue Exception
end
begin
  def m6(o0 = 0)
    begin
      begin
        begin; raise ArgumentError, "r"; rescue Exception; end
      rescue => e
      end
    rescue Exception
    end
    begin; v14 = { nil => 1, 41 => 2 }[nil]; rescue Exception; end
    o0
  end
rescue Exception
end
begin
  String.class_eval do
    begin; v15 = v0.instance_method(:m3); rescue Exception; end
    begin; self.method(:m7).call(v9, *v5, k0: 3); rescue Exception; end
  end
rescue Exception
end
begin; 10.times { |i| { i => i } }; rescue Exception; end
begin; v16 = {:k0 => nil, :k1 => v9}; rescue Exception; end
begin; v17 = 36.respond_to?(:m8); rescue Exception; end
begin; C1.send(:remove_method, :m5); rescue Exception; end
begin; v18 = true; rescue Exception; end
begin
  30.times do |i|
  end
rescue Exception
end
begin; v7.singleton_class.send(:alias_method, :m2, :to_a); rescue Exception; end
begin
  class C2 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin; 100.times { |i| { i => i } }; rescue Exception; end
    begin; v19 = C0.instance_method(:m9); rescue Exception; end
    begin; K1 = (4..4); rescue Exception; end
    begin; v20 = {:k0 => v19}; rescue Exception; end
  end
rescue Exception
end
begin; (1..6).first(v9); rescue Exception; end
