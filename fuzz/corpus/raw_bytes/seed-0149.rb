begin; :y3.public_send(:to_sym, 1); rescue Exception; end
begin
  class C0 < Numeric
    begin
      def m0(a0)
        begin; C0.send(:alias_method, :m1, :m2); rescue Exception; end
        a0
      end
    rescue Exception
    end
    begin; C0.send(:include, Comparable); rescue Exception; end
    begin; v0 = C0.new(); rescue Exception; end
    begin; alias_method :m0, :m0; rescue Exception; end
  end
rescue Exception
end
begin; Comparable.send(:alias_method, :m3, :">"); rescue Exception; end
begin; v1 = Struct.new(:f0, :f1); rescue Exception; end
begin
  class << v1
    begin; v2 = Object.new(:y1); rescue Exception; end
    begin; alias m4 m0; rescue Exception; end
    begin
      v3 = lambda do
        begin; v4 = Struct.new(:f0, :f1); rescue Exception; end
        (4..5)
      end
    rescue Exception
    end
  end
rescue Exception
end
begin; v5 = [10, 20, 30, 40]["s0"]; rescue Exception; end
begin; v1.singleton_class.send(:remove_method, :m5); rescue Exception; end
begin; v1.singleton_class.send(:undef_method, :m6); rescue Exception; end
begin; K0 = K0; rescue Exception; end
begin; v6 = [v5, v5]; rescue Exception; end
begin; 8.times { |i| v6 << i.to_s }; rescue Exception; end
begin; v7 = Object.new(66); rescue Exception; end
begin
  v8 = v6.m7() do
    v5
  end
rescue Exception
end
begin; 50.times { |i| { i => i } }; rescue Exception; end
begin
  v9 = Class.new(Array) do
    begin; v10 = C1.new(63); rescue Exception; end
    begin; v10.instance_variable_set(:@i1, v10); rescue Exception; end
  end
rescue Exception
end
begin; Integer.send(:alias_method, :m8, :format); rescue Exception; end
begin
  2.times do |i|
  end
rescue Exception
end
begin
  v11 = Class.new(C1) do
    begin; p true; rescue Exception; end
    begin
      true.m9(:y3, -1.5) do
        true
      end
    rescue Exception
    end
    begin
      class C3 < Exception
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
    begin; v12 = 45; rescue Exception; end
  end
rescue Exception
end
begin; v13 = C1.instance_method(:m10); rescue Exception; end
begin; v14 = [v11, K0].max; rescue Exception; end
begin; v15 = 5.5.public_send(:"==", k0: v7); rescue Exception; end
begin; K1 = K1; rescue Exception; end
begin; C2.send(:alias_method, :m4, :">"); rescue Exception; end
