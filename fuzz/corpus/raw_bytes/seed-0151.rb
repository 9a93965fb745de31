begin; ($stash ||= []).concat(Array.new(12) { |j| "p#{j}" * 3 }); rescue Exception; end
GC.start
begin; v0 = "s6".respond_to?(:m0, true); rescue Exception; end
begin
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      Array.send(:define_method, :m0) do |a0, &blk|
        begin
          class C0
            begin; Numeric.send(:alias_method, :m1, :m2); rescue Exception; end
            begin; C0.instance_variable_set(:@k1, (3..8)); rescue Exception; end
            begin; alias m0 message; rescue Exception; end
          end
        rescue Exception
        end
        (2..3)
      end
    rescue Exception
    end
  ensure
    begin; v1 = :upcase; rescue Exception; end
  end
rescue Exception
end
begin
  Integer.send(:define_method, :m1) do |a0|
    v0
  end
rescue Exception
end
begin; C0.send(:alias_method, :m3, :message); rescue Exception; end
begin
  class C1 < Numeric
    begin
      def coerce(a0)
        a0
      end
    rescue Exception
    end
    begin
      class C2 < Numeric
        begin
          C0.send(:define_method, :m4) do |a0|
            a0
          end
        rescue Exception
        end
        begin
          v2 = Class.new(StandardError) do
            begin; alias_method :m5, :m6; rescue Exception; end
          end
        rescue Exception
        end
        begin; v3 = {}; rescue Exception; end
        begin; C1.send(:include, Comparable); rescue Exception; end
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v4 = 72.send(:"~", v0); rescue Exception; end
begin; v5 = v0.respond_to?(:m7); rescue Exception; end
begin
  v6 = Class.new(String) do
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
begin; raise TypeError, "x"; rescue Exception; end
begin; v6.instance_variable_set(:@i3, true); rescue Exception; end
begin; v6.send(:include, Enumerable); rescue Exception; end
begin; v7 = :y3.respond_to?(:m8, true); rescue Exception; end
begin
  def v6.m4(a0, *rest)
    a0
  end
rescue Exception
end
begin; v6.instance_variable_set(:@i3, v6); rescue Exception; end
begin; C0.send(:alias_method, :m7, :flat_map); rescue Exception; end
begin; C2.send(:undef_method, :flat_map); rescue Exception; end
begin; v8 = true; rescue Exception; end
begin; v9 = C3.new(); rescue Exception; end
begin
  v10 = ->(a0, &blk) do
    begin; K0 = v8; rescue Exception; end
    v6
  end
rescue Exception
end
begin; 10.times { |i| proc { i } }; rescue Exception; end
begin; v11 = [[(1..2)], [:y4]].flatten; rescue Exception; end
begin; v12 = Object.new(v9, v7); rescue Exception; end
begin; v9.freeze; rescue Exception; end
begin; v13 = v6.clone; rescue Exception; end
GC.start
