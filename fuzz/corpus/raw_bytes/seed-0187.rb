begin; v0 = Struct.new(:f0, :f1, :f2); rescue Exception; end
begin; v1 = :upcase; rescue Exception; end
begin
  class C0
    begin; C0.send(:remove_method, :rstrip!); rescue Exception; end
    begin; v2 = "s12".method(:puts); rescue Exception; end
    begin
      include Comparable
      def <=>(o)
        (@cmp || 0) <=> (o.instance_variable_get(:@cmp) || 0)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; v3 = v0.send(:subclasses, v1, (3..3)); rescue Exception; end
begin; v4 = C0.instance_method(:">"); rescue Exception; end
begin
  def v0.m0(a0, a1)
    begin; v5 = C0.new(1); rescue Exception; end
    a0
  end
rescue Exception
end
begin
  class << v0
    begin
      2.times do |i|
        begin; C0.extend(Comparable); rescue Exception; end
        begin
          v6 = proc do |a0, o0 = 0|
            begin; alias m0 m1; rescue Exception; end
            o0
          end
        rescue Exception
        end
      end
    rescue Exception
    end
    begin
      def m2(a0)
        27
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; C0.send(:define_method, :m3, v4); rescue Exception; end
begin; v7 = true.m2(v3, v0); rescue Exception; end
begin
  class C1 < Numeric
    begin; v8 = "s3"; rescue Exception; end
  end
rescue Exception
end
begin; v9 = [v1, nil, v7]; rescue Exception; end
begin; C1.send(:prepend, Comparable); rescue Exception; end
begin
  def m4(a0)
    GC.start
    a0
  end
rescue Exception
end
begin
  begin
    begin; v10 = C0.new(*v9); rescue Exception; end
    begin
      class C2 < Hash
        begin; v11 = C0.new(k0: 45); rescue Exception; end
      end
    rescue Exception
    end
  rescue => e
    begin
      class << v4
        begin; v12 = :y1; rescue Exception; end
        begin; v13 = v12.respond_to?(:m5); rescue Exception; end
      end
    rescue Exception
    end
    begin; v0.extend(Comparable); rescue Exception; end
  end
rescue Exception
end
GC.start
begin; v14 = v1.to_proc; rescue Exception; end
begin
  begin
    begin
      class << v7
        begin; 10.times { |i| "x" * 8 }; rescue Exception; end
        begin; alias m6 m3; rescue Exception; end
        begin; v15 = C1.new(k0: "s11"); rescue Exception; end
      end
    rescue Exception
    end
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      v16 = ->(a0, o0 = 0, *rest, k0: 1, &blk) do
        begin; v17 = v9.respond_to?(:m7); rescue Exception; end
        begin; K0 = v1; rescue Exception; end
        rest
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v18 = v4.bind(8.5); rescue Exception; end
begin
  v19 = lambda do |a0, &blk|
    begin; v14.instance_eval(""); rescue Exception; end
    blk
  end
rescue Exception
end
