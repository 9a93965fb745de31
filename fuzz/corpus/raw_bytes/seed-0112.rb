begin; ($stash ||= []).concat(Array.new(4) { |j| [[j], { j => [j] }] }); rescue Exception; end
GC.start
begin; v0 = [14, :y3].sort; rescue Exception; end
begin
  module M0
    begin; Object.instance_variable_set(:@k2, :y5); rescue Exception; end
    begin; v1 = true.respond_to?(:m0, true); rescue Exception; end
    begin; Integer.send(:alias_method, :m1, :">"); rescue Exception; end
  end
rescue Exception
end
begin
  r1 = 0
  begin
    begin; raise ArgumentError, "r"; rescue Exception; end
  rescue => e
    begin
      String.send(:define_method, :m1) do |k0: 1, **kws|
        kws
      end
    rescue Exception
    end
    r1 += 1
    retry if r1 < 2
  end
rescue Exception
end
begin; v2 = Object.class_variable_get(:@@k0); rescue Exception; end
begin
  v3 = Class.new(Object) do
    begin; true.public_send(:m2, 1); rescue Exception; end
    begin; v4 = Struct.new(:f0); rescue Exception; end
    begin; v5 = true; rescue Exception; end
  end
rescue Exception
end
begin; C1.instance_variable_set(:@k0, v2); rescue Exception; end
begin
  class C2
    begin
      def m2(a0, o0 = 0, *rest, k0: 1, &blk)
        begin
          Object.send(:define_method, :m3) do |o0 = 0|
            begin; v6 = C1.new(); rescue Exception; end
            nil
          end
        rescue Exception
        end
        begin; M0.send(:undef_method, :end); rescue Exception; end
        a0
      end
    rescue Exception
    end
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
    begin; v7 = ["s0"].include?((1..6)); rescue Exception; end
  end
rescue Exception
end
begin; v8 = :y1; rescue Exception; end
begin; String.send(:alias_method, :m4, :m5); rescue Exception; end
begin
  2.times do |i|
    begin; v9 = [v2]; rescue Exception; end
    begin; v3.new(*v9); rescue Exception; end
  end
rescue Exception
end
begin; Array.send(:alias_method, :m6, :">"); rescue Exception; end
begin; v10 = {:k0 => :y0}; rescue Exception; end
begin
  C2.send(:define_method, :m4) do |a0, a1|
    begin; 100.times { |i| [i, i] }; rescue Exception; end
    a0
  end
rescue Exception
end
begin; v11 = v8.public_send(:to_sym, &v8); rescue Exception; end
begin
  v12 = proc do |a0, &blk|
    blk
  end
rescue Exception
end
begin; v13 = C1.new(v12); rescue Exception; end
begin; v14 = 19.5; rescue Exception; end
begin; K0 = v14; rescue Exception; end
begin; v15 = Array(v3); rescue Exception; end
begin; p K0; rescue Exception; end
begin; v16 = Object.new(); rescue Exception; end
begin; 50.times { |i| proc { i } }; rescue Exception; end
begin; C1.class_variable_set(:@@k1, 11.5); rescue Exception; end
begin; v17 = v16.m0(&v8); rescue Exception; end
begin
  def m6(a0, a1)
    begin; p :y1; rescue Exception; end
    begin; eval(""); rescue Exception; end
    a1
  end
rescue Exception
end
GC.start
